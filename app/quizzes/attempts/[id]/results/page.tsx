import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ResultOptions } from "@/components/quiz/result-options";
import { requireViewer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { orNotFound } from "@/lib/quiz/page-errors";
import { getAttemptResults } from "@/lib/quiz/results";
import { CardQuestion } from "@/components/cards/card-question";

export const dynamic = "force-dynamic";

const show = (a: unknown) => (Array.isArray(a) ? a.join(" → ") : String(a ?? ""));

export default async function ResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireViewer(`/quizzes/attempts/${id}/results`);
  const t = await getTranslations("quiz");
  let r;
  try {
    r = await orNotFound(getAttemptResults(db, user, id, new Date()));
  } catch (e) {
    if (e instanceof HttpError && e.code === "in_progress") redirect(`/quizzes/attempts/${id}`);
    throw e;
  }
  const secs = Math.round(r.timeSpentMs / 1000);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("results")}: {r.practice && `${t("practiceLabel")} · `}{r.quizTitle}</h1>
      <div className="space-y-1 rounded bg-accent-soft p-4">
        <p className="text-xl font-semibold" data-testid="score">{t("score", { score: r.score, max: r.maxScore, percent: r.percent })}</p>
        <p className="text-sm">{t("timeSpent", { time: `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, "0")}` })}</p>
        {r.autoSubmitted && <p className="text-sm">{t("autoSubmitted")}</p>}
        {r.late && <p className="text-sm font-medium text-red-700">{t("late")}</p>}
      </div>
      {!r.answersShown && <p>{t("answersHidden")}</p>}
      <ol className="space-y-4" data-testid="result-questions">
        {r.questions.map((q) => (
          <li key={q.id} className="space-y-2 rounded border border-stone-200 bg-white p-4">
            <p className="whitespace-pre-line font-medium">{q.position + 1}. <CardQuestion text={q.prompt} /></p>
            <ResultOptions q={q} />
            <p className={q.correct === undefined ? "text-stone-700" : q.correct ? "text-green-700" : "text-red-700"}>
              {q.given === null ? t("unanswered") : q.correct === undefined ? t("answered") : q.correct ? t("correct") : t("incorrect")}
              {q.given !== null && (q.kind !== "multiple_choice" || !q.reveal) && <span className="ml-2 text-stone-700">（{t("yourAnswer")}：{show(q.given)}）</span>}
            </p>
            {q.reveal && (
              <div className="space-y-2 text-sm">
                {/* With options, the right one is marked in the list above. */}
                {!q.options?.length && <p data-testid="right-answer">{t("rightAnswer", { answer: show(q.reveal.correctAnswer) })}</p>}
                {q.reveal.explanation && show(q.reveal.correctAnswer) !== q.reveal.explanation && (
                  <p><span className="font-medium">{t("explanation")}：</span><span lang="ja">{q.reveal.explanation}</span></p>
                )}
                <blockquote className="border-l-4 border-accent pl-3 text-stone-700" data-testid="source-quote">
                  <span className="sr-only">{t("source")}：</span><span lang="ja">{q.reveal.quote}</span>
                </blockquote>
                {q.reveal.href && <Link href={q.reveal.href} className="text-accent underline">{t("openSource")}</Link>}
              </div>
            )}
          </li>
        ))}
      </ol>
      {r.practice && (
        <Link href="/quizzes/practice" className="inline-block text-accent underline">{t("backToPractice")}</Link>
      )}
    </div>
  );
}
