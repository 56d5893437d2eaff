import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { LearnerHome } from "@/lib/progress/learner-home";

const SHADES = ["bg-stone-100", "bg-green-200", "bg-green-400", "bg-green-600", "bg-green-800"] as const;

/** Today's work across the learner's sets, a 続ける button, the streak and a review heatmap. */
export async function LearnerHomePanel({ home }: { home: LearnerHome }) {
  const t = await getTranslations("home");
  const weeks: (typeof home.heat)[] = [];
  for (let i = 0; i < home.heat.length; i += 7) weeks.push(home.heat.slice(i, i + 7));
  return (
    <section aria-labelledby="today" className="space-y-4 rounded border border-stone-200 bg-white p-4" data-testid="learner-home">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="today" className="text-xl font-bold">{t("todayTitle")}</h2>
        {home.continueSetId ? (
          <Link href={`/study/${home.continueSetId}`} className="rounded bg-accent px-5 py-2 font-medium text-white hover:opacity-90" data-testid="continue">{t("continue")}</Link>
        ) : (
          <Link href="/sets" className="rounded border border-accent px-4 py-2 text-accent">{t("findSet")}</Link>
        )}
      </div>
      {home.dueSets.length === 0 ? (
        <p className="text-stone-700">{t("nothingDue")}</p>
      ) : (
        <ul className="divide-y divide-stone-100" data-testid="due-sets">
          {home.dueSets.slice(0, 6).map((s) => (
            <li key={s.id} className="flex items-center justify-between gap-2 py-1.5">
              <Link href={`/study/${s.id}`} className="text-accent underline">{s.title}</Link>
              <span className="text-sm text-stone-700">{t("dueCount", { count: s.due })}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm text-stone-700" data-testid="streak">
        {t("streak", { days: home.streak })} · {t("reviewedToday", { count: home.reviewedToday })}
      </p>
      <figure className="space-y-1">
        <figcaption className="text-sm font-medium">{t("heatmapTitle")}</figcaption>
        <div className="flex gap-[3px] overflow-x-auto" role="img" aria-label={t("heatmapLabel", { days: home.heat.filter((c) => c.count > 0).length, total: home.heat.length })}>
          {weeks.map((w, i) => (
            <div key={i} className="flex flex-col gap-[3px]">
              {w.map((c) => <span key={c.day} title={`${c.day}: ${c.count}`} className={`block h-3 w-3 rounded-sm ${SHADES[c.level]}`} />)}
            </div>
          ))}
        </div>
      </figure>
    </section>
  );
}
