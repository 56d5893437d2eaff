import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PracticeSection } from "@/components/quiz/practice-section";
import { QuizCreateForm } from "@/components/quiz/quiz-create-form";
import { can } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listUsableSets } from "@/lib/quiz/cards";
import { listOwnQuizzes } from "@/lib/quiz/list-quizzes";
import { setExposure } from "@/lib/quiz/set-exposure";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("quiz"))("title") };
}

export default async function QuizzesPage() {
  const user = await requireViewer("/quizzes");
  const t = await getTranslations("quiz");
  if (!can(user.role, "quiz:create")) {
    return (
      <div className="space-y-8">
        <div className="space-y-2">
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p>
            {t("learnerHint")} <Link href="/assignments" className="text-accent underline">{t("toAssignments")}</Link>
          </p>
        </div>
        <PracticeSection viewer={user} />
      </div>
    );
  }
  const [quizzes, sets] = await Promise.all([listOwnQuizzes(db, user), listUsableSets(db, user.id)]);
  const exposure = await setExposure(db, sets.map((s) => s.id));
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <section className="space-y-3" aria-labelledby="mine">
        <h2 id="mine" className="text-lg font-semibold">{t("mine")}</h2>
        {quizzes.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ul className="space-y-2" data-testid="quiz-list">
            {quizzes.map((q) => (
              <li key={q.id} className="rounded border border-stone-200 bg-white p-3">
                <Link href={`/quizzes/${q.id}`} className="font-medium text-accent underline">{q.title}</Link>
                <p className="text-sm text-stone-600">
                  {q.set.title} · {t("questions", { count: q.questionCount })} · {q.timeLimitSec ? t("minutes", { count: Math.round(q.timeLimitSec / 60) }) : t("untimed")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="space-y-3" aria-labelledby="create">
        <h2 id="create" className="text-lg font-semibold">{t("create")}</h2>
        <QuizCreateForm
          sets={sets.map((s) => {
            const e = exposure.get(s.id);
            return { id: s.id, title: `${s.title} (${s._count.cards})`, reason: e?.reason ?? null, cards: e?.cards ?? s._count.cards, exposedCards: e?.exposedCards ?? 0 };
          })}
        />
      </section>
      <section className="space-y-2" aria-labelledby="practice-link">
        <h2 id="practice-link" className="text-lg font-semibold">{t("practiceTitle")}</h2>
        <p className="text-sm text-stone-700">{t("practiceHint")}</p>
        <Link href="/quizzes/practice" className="inline-block text-accent underline">{t("toPractice")}</Link>
      </section>
    </div>
  );
}
