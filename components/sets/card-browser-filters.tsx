// The card browser's filters: a plain GET form (works without JavaScript, the URL can be shared)
// and page links that keep the filters.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BROWSER_PAGE_SIZE, STUDY_STATES, type BrowseFilter } from "@/lib/sets/browse-cards";

function hrefWith(base: string, filter: BrowseFilter, page: number): string {
  const params = new URLSearchParams();
  for (const key of ["q", "template", "state", "doc"] as const) if (filter[key]) params.set(key, filter[key]!);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return `${base}${query ? `?${query}` : ""}#cards-heading`;
}

export async function CardBrowserFilters({
  action,
  filter,
  templates,
  documents,
  signedIn,
}: {
  action: string;
  filter: BrowseFilter;
  templates: string[];
  documents: { id: string; title: string }[];
  signedIn: boolean;
}) {
  const t = await getTranslations("sets.browser");
  const label = (name: string) => (t.has(`templates.${name}` as "templates.custom") ? t(`templates.${name}` as "templates.custom") : name);
  const field = "w-full rounded border border-stone-300 bg-white px-2 py-1.5";
  return (
    <form method="get" action={`${action}#cards-heading`} role="search" className="grid grid-cols-2 gap-3 rounded border border-stone-200 bg-stone-50 p-3 lg:grid-cols-4" data-testid="card-browser-filters">
      <div className="col-span-2 lg:col-span-4">
        <label htmlFor="browse-q" className="block text-sm font-bold">{t("search")}</label>
        <input id="browse-q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={200} className={field} lang="ja" />
      </div>
      <div>
        <label htmlFor="browse-template" className="block text-sm font-bold">{t("template")}</label>
        <select id="browse-template" name="template" defaultValue={filter.template ?? ""} className={field}>
          <option value="">{t("allTemplates")}</option>
          {templates.map((name) => <option key={name} value={name}>{label(name)}</option>)}
        </select>
      </div>
      {signedIn && (
        <div>
          <label htmlFor="browse-state" className="block text-sm font-bold">{t("state")}</label>
          <select id="browse-state" name="state" defaultValue={filter.state ?? ""} className={field}>
            <option value="">{t("allStates")}</option>
            {STUDY_STATES.map((s) => <option key={s} value={s}>{t(`states.${s}`)}</option>)}
          </select>
        </div>
      )}
      {documents.length > 1 && (
        <div>
          <label htmlFor="browse-doc" className="block text-sm font-bold">{t("document")}</label>
          <select id="browse-doc" name="doc" defaultValue={filter.doc ?? ""} className={field}>
            <option value="">{t("allDocuments")}</option>
            {documents.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
          </select>
        </div>
      )}
      <div className="col-span-2 flex items-end gap-2 lg:col-span-1">
        <button type="submit" className="whitespace-nowrap rounded bg-accent px-4 py-1.5 text-white">{t("apply")}</button>
        <Link href={`${action}#cards-heading`} className="px-2 py-1.5 text-sm text-accent underline">{t("reset")}</Link>
      </div>
    </form>
  );
}

export async function CardBrowserPages({ action, filter, page, pages, total, shown }: { action: string; filter: BrowseFilter; page: number; pages: number; total: number; shown: number }) {
  const t = await getTranslations("sets.browser");
  const from = total === 0 ? 0 : (page - 1) * BROWSER_PAGE_SIZE + 1;
  const link = "rounded border border-stone-300 bg-white px-3 py-1.5";
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-2 text-sm" data-testid="card-browser-pages">
      <p aria-live="polite">{total === 0 ? "" : t("results", { total, from, to: from + shown - 1 })}</p>
      {pages > 1 && (
        <div className="flex items-center gap-2">
          {page > 1 ? <Link className={link} href={hrefWith(action, filter, page - 1)} rel="prev">{t("prev")}</Link> : <span className={`${link} opacity-50`} aria-disabled="true">{t("prev")}</span>}
          <span>{t("pageOf", { page, pages })}</span>
          {page < pages ? <Link className={link} href={hrefWith(action, filter, page + 1)} rel="next">{t("next")}</Link> : <span className={`${link} opacity-50`} aria-disabled="true">{t("next")}</span>}
        </div>
      )}
    </nav>
  );
}
