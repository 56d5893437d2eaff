// The options of a question on the results page: the learner's choice and, when answers are
// shown, the right one marked in words (not by colour alone); for ordering, the order given
// and the right order.
import { getTranslations } from "next-intl/server";
import type { ResultQuestion } from "@/lib/quiz/results";

export async function ResultOptions({ q }: { q: ResultQuestion }) {
  const t = await getTranslations("quiz");
  if (!q.options?.length) return null;
  if (q.kind === "ordering") {
    const right = Array.isArray(q.reveal?.correctAnswer) ? q.reveal.correctAnswer : null;
    return (
      <div className="grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <p className="font-medium">{t("presentedOrder")}</p>
          <ol className="ml-5 list-decimal" data-testid="result-options">
            {q.options.map((o) => <li key={o} lang="ja">{o}</li>)}
          </ol>
        </div>
        {right && (
          <div>
            <p className="font-medium">{t("rightOrder")}</p>
            <ol className="ml-5 list-decimal" data-testid="right-order">
              {right.map((o) => <li key={o} lang="ja">{o}</li>)}
            </ol>
          </div>
        )}
      </div>
    );
  }
  const right = typeof q.reveal?.correctAnswer === "string" ? q.reveal.correctAnswer : null;
  return (
    <div className="text-sm">
      <p className="font-medium">{t("options")}</p>
      <ul className="mt-1 space-y-1" data-testid="result-options">
        {q.options.map((o) => {
          const isRight = o === right;
          const isGiven = o === q.given;
          return (
            <li key={o} className={`rounded border px-2 py-1 ${isRight ? "border-green-700 bg-green-50" : isGiven ? "border-red-700 bg-red-50" : "border-stone-200"}`}>
              <span lang="ja">{o}</span>
              {isRight && <span className="ml-2 font-medium text-green-800">（{t("correct")}）</span>}
              {isGiven && <span className="ml-2 font-medium">（{t("yourAnswer")}）</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
