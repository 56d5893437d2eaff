import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StartAttemptButton } from "@/components/quiz/start-attempt-button";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getOwnQuiz } from "@/lib/quiz/list-quizzes";
import { orNotFound } from "@/lib/quiz/page-errors";

export const dynamic = "force-dynamic";

export default async function QuizPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("quiz:create", `/quizzes/${id}`);
  const t = await getTranslations("quiz");
  const { quiz, attempts } = await orNotFound(getOwnQuiz(db, user, id, new Date()));
  const open = attempts.find((a) => a.status === "in_progress");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{quiz.title}</h1>
      <p className="text-stone-700">
        {quiz.set.title} · {t("questions", { count: quiz.questionCount })} · {quiz.timeLimitSec ? t("minutes", { count: Math.round(quiz.timeLimitSec / 60) }) : t("untimed")}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Link href={`/quizzes/${quiz.id}/questions`} className="rounded border border-accent px-4 py-2 text-accent">{t("previewLink")}</Link>
        <StartAttemptButton quizId={quiz.id} label={open ? t("resume") : t("start")} />
      </div>
      {attempts.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">{t("attemptsMine")}</h2>
          <ul className="space-y-1">
            {attempts.map((a) => (
              <li key={a.id}>
                {a.status === "submitted" ? (
                  <Link className="text-accent underline" href={`/quizzes/attempts/${a.id}/results`}>
                    {a.startedAt.toLocaleString("ja-JP", { timeZone: "Asia/Tokyo" })} — {a.score ?? 0} / {a.maxScore ?? 0}
                  </Link>
                ) : (
                  <Link className="text-accent underline" href={`/quizzes/attempts/${a.id}`}>{t("resume")}</Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
