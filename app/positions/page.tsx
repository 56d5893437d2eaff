import Link from "next/link";
import { currentViewer } from "@/lib/auth/session";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { buildPositions } from "@/lib/positions/build";
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
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("title")}>
          <table className="min-w-[48rem] border-collapse text-sm" data-testid="positions-matrix">
            <thead>
              <tr>
                <th scope="col" className="sticky left-0 border border-stone-300 bg-stone-100 p-2 text-left">{t("side")}</th>
                {m.topics.map((topic) => <th key={topic} scope="col" className="border border-stone-300 bg-stone-100 p-2 text-left">{topic}</th>)}
              </tr>
            </thead>
            <tbody>
              {m.sides.map((side) => (
                <tr key={side}>
                  <th scope="row" className="sticky left-0 border border-stone-300 bg-white p-2 text-left align-top">{side}</th>
                  {m.topics.map((topic) => {
                    const cell = m.cells[side]?.[topic] ?? [];
                    return (
                      <td key={topic} className="w-64 border border-stone-300 bg-white p-2 align-top" aria-label={t("cellLabel", { side, topic, count: cell.length })}>
                        {cell.length === 0 ? (
                          <span className="text-stone-400">{t("none")}</span>
                        ) : (
                          <ul className="space-y-2">
                            {cell.map((f) => (
                              <li key={f.id} lang="ja">
                                {f.speaker && <span className="font-bold">{f.speaker}：</span>}
                                {f.statement.length > 90 ? `${f.statement.slice(0, 90)}…` : f.statement}
                                <span className="mt-0.5 flex flex-wrap gap-x-2 text-xs">
                                  <Link href={`/documents/${f.documentSlug}#fact-${f.id}`} className="text-accent underline">{t("source")}</Link>
                                  {f.cardCount > 0 && <Link href={`/sets/fact/${f.id}`} className="text-accent underline">{t("cards", { count: f.cardCount })}</Link>}
                                </span>
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
