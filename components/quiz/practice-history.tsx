// A learner's practice quizzes with their attempts: results, an attempt to resume, another try.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDue } from "@/lib/assignments/format";
import { StartAttemptButton } from "./start-attempt-button";

interface PracticeQuiz {
  id: string;
  title: string;
  questionCount: number;
  timeLimitSec: number | null;
  attempts: { id: string; status: string; startedAt: Date; score: number | null; maxScore: number | null }[];
}

export async function PracticeHistory({ quizzes, locale, timeZone }: { quizzes: PracticeQuiz[]; locale: string; timeZone: string }) {
  const t = await getTranslations("quiz");
  if (!quizzes.length) return <p className="text-stone-700">{t("practiceNone")}</p>;
  const when = (d: Date) => formatDue(d, locale, timeZone);
  return (
    <ul className="space-y-2" data-testid="practice-history">
      {quizzes.map((q) => {
        const open = q.attempts.find((a) => a.status === "in_progress");
        return (
          <li key={q.id} className="space-y-2 rounded border border-stone-200 bg-white p-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="font-medium">{q.title}</p>
              <p className="text-sm text-stone-600">
                {t("questions", { count: q.questionCount })} · {q.timeLimitSec ? t("minutes", { count: Math.round(q.timeLimitSec / 60) }) : t("untimed")}
              </p>
            </div>
            {q.attempts.length > 0 && (
              <ul className="space-y-1 text-sm">
                {q.attempts.map((a) => (
                  <li key={a.id}>
                    {a.status === "submitted" ? (
                      <Link className="text-accent underline" href={`/quizzes/attempts/${a.id}/results`}>
                        {when(a.startedAt)} — {t("practiceScore", { score: a.score ?? 0, max: a.maxScore ?? 0, percent: a.maxScore ? Math.round(((a.score ?? 0) / a.maxScore) * 100) : 0 })}
                      </Link>
                    ) : (
                      <Link className="text-accent underline" href={`/quizzes/attempts/${a.id}`}>{when(a.startedAt)} — {t("resume")}</Link>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {!open && <StartAttemptButton quizId={q.id} label={t("practiceAgain")} variant="secondary" />}
          </li>
        );
      })}
    </ul>
  );
}
