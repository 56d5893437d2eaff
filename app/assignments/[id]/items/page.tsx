import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { assignmentItemAnalysis } from "@/lib/gradebook/item-analysis";
import { orNotFound } from "@/lib/quiz/page-errors";
import { CardQuestion } from "@/components/cards/card-question";

export const dynamic = "force-dynamic";

const fmt = (x: number | null, digits = 2) => (x === null ? "—" : x.toFixed(digits));

export default async function ItemsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("class:manage", `/assignments/${id}/items`);
  const t = await getTranslations("gradebook");
  const r = await orNotFound(assignmentItemAnalysis(db, user, id, new Date()));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("items", { title: r.title })}</h1>
      <p>{t("itemsAttempts", { count: r.attempts })}</p>
      {r.items.length === 0 ? <p>{t("noItems")}</p> : (
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse bg-white text-sm" data-testid="item-analysis">
            <thead>
              <tr>
                {["question", "facility", "discrimination", "upperLower", "meanTime", "flags"].map((k) => (
                  <th key={k} scope="col" className="border border-stone-200 p-2 text-left">{t(k as "question")}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {r.items.map((i) => (
                <tr key={i.questionId} className={i.flags.includes("negative_discrimination") ? "bg-red-50" : ""}>
                  <th scope="row" className="border border-stone-200 p-2 text-left font-normal">
                    <span className="whitespace-pre-line"><CardQuestion text={i.prompt} /></span>
                    {i.options.length > 0 && (
                      <span className="mt-1 block text-xs text-stone-600" data-testid="item-options">
                        {i.kind === "ordering" ? t("rightOrder") : t("options")}：
                        <span lang="ja">
                          {i.kind === "ordering"
                            ? i.options.join(" → ")
                            : i.options.map((o, n) => (
                                <span key={o}>
                                  {n > 0 && " / "}
                                  {o === i.answer ? <strong>{o}（{t("rightOption")}）</strong> : o}
                                </span>
                              ))}
                        </span>
                      </span>
                    )}
                  </th>
                  <td className="border border-stone-200 p-2">{i.facility === null ? "—" : `${Math.round(i.facility * 100)}%`} (n={i.n})</td>
                  <td className="border border-stone-200 p-2">{fmt(i.discrimination)}</td>
                  <td className="border border-stone-200 p-2">{fmt(i.upperLowerIndex)}</td>
                  <td className="border border-stone-200 p-2">{i.meanTimeMs === null ? "—" : `${(i.meanTimeMs / 1000).toFixed(1)}s`}</td>
                  <td className="border border-stone-200 p-2">{i.flags.map((f) => t(`flag_${f}`)).join("、")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
