import { currentViewer } from "@/lib/auth/session";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateAtPrecision } from "@/lib/dates/format";
import { db } from "@/lib/db/client";
import { buildTimeline } from "@/lib/timeline/build";
import { loadTimelineFacts } from "@/lib/timeline/load";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("timeline");
  return { title: t("title") };
}

export default async function TimelinePage({ searchParams }: { searchParams: Promise<{ actor?: string }> }) {
  const { actor } = await searchParams;
  const [t, facts, locale] = await Promise.all([getTranslations("timeline"), currentViewer().then((v) => loadTimelineFacts(db, v)), getLocale()]);
  const { years, actors } = buildTimeline(facts, actor && actor.length < 50 ? actor : null);
  const total = years.reduce((n, y) => n + y.months.reduce((m, mo) => m + mo.facts.length, 0), 0);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700">{t("intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="actor" className="block text-sm font-bold">{t("actor")}</label>
          <select id="actor" name="actor" defaultValue={actor ?? ""} className="mt-1 rounded border border-stone-300 px-2 py-1">
            <option value="">{t("allActors")}</option>
            {actors.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded bg-accent px-3 py-1 text-white">{t("apply")}</button>
        <p className="text-sm text-stone-600" aria-live="polite">{t("count", { count: total })}</p>
      </form>
      {years.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="space-y-8" data-testid="timeline">
          {years.map((y) => (
            <li key={y.year}>
              <h2 className="border-b-2 border-accent text-xl font-bold">{y.year}</h2>
              <ol className="mt-3 space-y-4">
                {y.months.map((m) => (
                  <li key={m.month ?? "-"} className="grid gap-2 sm:grid-cols-[6rem_1fr]">
                    <h3 className="font-bold text-accent">{m.month ? t("month", { month: Number(m.month) }) : t("yearOnly")}</h3>
                    <ul className="space-y-2">
                      {m.facts.map((f) => (
                        <li key={f.id} className="rounded border border-stone-200 bg-white p-3" data-testid="timeline-entry">
                          <p className="text-sm font-bold">{formatDateAtPrecision(f.dateValue, f.datePrecision, locale === "en" ? "en" : "ja")}</p>
                          <p lang="ja" data-testid="timeline-headline">{f.title}</p>
                          <p className="mt-1 flex flex-wrap gap-x-3 text-sm">
                            <span className="text-stone-600">{f.actors.join("・")}</span>
                            {/* Plain links, not next/link: a page of ~100 of them hydrated ~100 client components
                                for links read once (issue 12, README "Benchmarks"); a click loads the page whole. */}
                            {f.sources.map((s, i) => (
                              <a key={s.factId} href={`/documents/${s.documentSlug}#fact-${s.factId}`} className="inline-block py-0.5 text-accent underline" title={s.documentTitle}>
                                {f.sources.length > 1 ? t("sourceN", { n: i + 1 }) : t("source")}
                              </a>
                            ))}
                            {f.cardCount > 0 && <a href={`/sets/fact/${f.cardFactId}`} className="inline-block py-0.5 text-accent underline">{t("cards", { count: f.cardCount })}</a>}
                          </p>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
