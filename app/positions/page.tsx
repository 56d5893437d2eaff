import { currentViewer } from "@/lib/auth/session";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { buildPositions, OTHER_TOPIC } from "@/lib/positions/build";
import { loadPositionFacts } from "@/lib/positions/load";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("positions");
  return { title: t("title") };
}

export default async function PositionsPage() {
  const [t, facts] = await Promise.all([getTranslations("positions"), currentViewer().then((v) => loadPositionFacts(db, v))]);
  const m = buildPositions(facts);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700">{t("intro")}</p>
      {m.sides.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0" tabIndex={0} role="region" aria-label={t("title")}>
          <p className="mb-2 text-xs text-stone-600 sm:hidden">{t("scrollHint")}</p>
          <table className="border-collapse text-sm" data-testid="positions-matrix">
            <thead>
              <tr>
                <th scope="col" className="sticky left-0 z-10 w-20 whitespace-nowrap border border-stone-300 bg-stone-100 p-2 text-left">{t("side")}</th>
                {m.topics.map((topic) => (
                  <th key={topic} scope="col" className="min-w-44 border border-stone-300 bg-stone-100 p-2 text-left sm:min-w-52" data-testid="positions-topic">
                    {topic === OTHER_TOPIC ? t("otherTopic") : topic}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {m.sides.map((side) => (
                <tr key={side}>
                  <th scope="row" className="sticky left-0 z-10 w-20 whitespace-nowrap border border-stone-300 bg-white p-2 text-left align-top">{side}</th>
                  {m.topics.map((topic) => {
                    const cell = m.cells[side]?.[topic] ?? [];
                    const topicName = topic === OTHER_TOPIC ? t("otherTopic") : topic;
                    return (
                      <td key={topic} className="border border-stone-300 bg-white p-2 align-top" aria-label={t("cellLabel", { side, topic: topicName, count: cell.length })}>
                        {cell.length === 0 ? (
                          <span className="text-stone-400">{t("none")}</span>
                        ) : (
                          <ul className="space-y-2">
                            {cell.map((f) => (
                              <li key={f.id} lang="ja">
                                <details className="group" data-testid="position-cell-fact">
                                  <summary className="cursor-pointer leading-snug marker:text-accent" data-testid="position-summary">{f.summary}</summary>
                                  <div className="mt-1 space-y-1 border-l-2 border-accent pl-2 text-xs">
                                    <p>{f.speaker && !f.statement.includes(f.speaker) && <span className="font-bold">{f.speaker}：</span>}{f.statement}</p>
                                    {f.quote !== f.statement && (
                                      <blockquote className="text-stone-600"><span className="sr-only">{t("quote")}：</span>「{f.quote}」</blockquote>
                                    )}
                                    {/* Plain links, not next/link: a page of ~100 of them hydrated ~100 client components
                                        for links read once (issue 12, README "Benchmarks"); a click loads the page whole. */}
                                    <p className="flex flex-wrap gap-x-2">
                                      <a href={`/documents/${f.documentSlug}#fact-${f.id}`} className="text-accent underline">{t("source")}</a>
                                      {f.cardCount > 0 && <a href={`/sets/fact/${f.id}`} className="text-accent underline">{t("cards", { count: f.cardCount })}</a>}
                                    </p>
                                  </div>
                                </details>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
