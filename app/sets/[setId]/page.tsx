import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CardList } from "@/components/sets/card-list";
import { CopySetButton } from "@/components/sets/copy-set-button";
import { SetOwnerPanel } from "@/components/sets/set-owner-panel";
import { currentViewer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getSetForUser } from "@/lib/sets/get-for-user";
import { listSetCards } from "@/lib/sets/set-cards";
import { BROWSER_PAGE_SIZE, browseCards, browseFilterSchema } from "@/lib/sets/browse-cards";
import { cardStatesInSet } from "@/lib/sets/card-states-in-set";
import { CardBrowserFilters, CardBrowserPages } from "@/components/sets/card-browser-filters";

export const dynamic = "force-dynamic";
type Params = { params: Promise<{ setId: string }> };
type PageProps = Params & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Params) {
  const user = await currentViewer();
  const set = await getSetForUser(db, (await params).setId, user?.id ?? null);
  return { title: set?.title ?? "404" };
}

export default async function SetPage({ params, searchParams }: PageProps) {
  const { setId } = await params;
  const filter = browseFilterSchema.parse(await searchParams);
  const user = await currentViewer();
  const [t, tb, set] = await Promise.all([getTranslations("sets"), getTranslations("sets.browser"), getSetForUser(db, setId, user?.id ?? null)]);
  if (!set) notFound();
  const [cards, states] = await Promise.all([listSetCards(db, setId), cardStatesInSet(db, user?.id ?? null, setId)]);
  const docIds = [...new Set(cards.map((c) => c.documentId).filter((d): d is string => !!d))];
  const docRows = await db.document.findMany({ where: { id: { in: docIds } }, select: { id: true, slug: true, title: true }, orderBy: { title: "asc" } });
  const docs = new Map(docRows.map((d) => [d.id, d.slug]));
  const browsed = browseCards(cards, states, filter, new Date());
  const templates = [...new Set(cards.map((c) => c.template))].sort();
  const facts = set.canEdit
    ? await db.fact.findMany({
        where: { status: "approved" },
        orderBy: [{ documentId: "asc" }, { start: "asc" }],
        select: { id: true, statement: true, document: { select: { title: true } } },
        take: 500,
      })
    : [];
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold leading-snug">{set.title}</h1>
        {set.description && <p className="text-stone-700">{set.description}</p>}
        <p className="text-sm text-stone-600">{t("cards", { count: cards.length })}{set.builtin && ` · ${t("builtin")}`}{set.ownerName && !set.canEdit && ` · ${t("byOwner", { name: set.ownerName })}`}</p>
        <div className="flex flex-wrap items-center gap-3">
          {user && <Link href={`/study/${set.id}`} className="rounded bg-accent px-4 py-2 text-white">{t("study")}</Link>}
          {user && cards.length > 0 && <Link href={`/quizzes/practice?set=${encodeURIComponent(set.id)}`} className="rounded border border-accent px-4 py-2 text-accent">{t("practice")}</Link>}
          {user && !set.canEdit && <CopySetButton setId={set.id} label={t("copy")} />}
        </div>
        <nav aria-label={t("export.heading")} className="flex flex-wrap gap-3 text-sm">
          <span className="font-bold">{t("export.heading")}:</span>
          <a href={`/api/sets/${set.id}/export?format=anki`} className="text-accent underline" download>{t("export.anki")}</a>
          <a href={`/api/sets/${set.id}/export?format=quizlet`} className="text-accent underline" download>{t("export.quizlet")}</a>
          <a href={`/api/sets/${set.id}/export?format=csv`} className="text-accent underline" download>{t("export.csv")}</a>
        </nav>
      </header>
      {set.canEdit && (
        <SetOwnerPanel
          set={{ id: set.id, title: set.title, description: set.description, visibility: set.visibility, shareCode: set.shareCode }}
          facts={facts.map((f) => ({ id: f.id, label: f.statement.slice(0, 80), document: f.document.title.slice(0, 30) }))}
        />
      )}
      <section aria-labelledby="cards-heading" className="space-y-3">
        <h2 id="cards-heading" className="text-lg font-bold">{t("cardList")}</h2>
        {cards.length > 0 && <CardBrowserFilters action={`/sets/${set.id}`} filter={filter} templates={templates} documents={docRows.map((d) => ({ id: d.id, title: d.title }))} signedIn={!!user} />}
        {cards.length > 0 && <CardBrowserPages action={`/sets/${set.id}`} filter={filter} page={browsed.page} pages={browsed.pages} total={browsed.total} shown={browsed.cards.length} />}
        <CardList
          setId={set.id}
          canEdit={set.canEdit}
          offset={(browsed.page - 1) * BROWSER_PAGE_SIZE}
          emptyText={cards.length > 0 ? tb("none") : undefined}
          cards={browsed.cards.map((c) => {
            const slug = c.documentId ? docs.get(c.documentId) : undefined;
            return {
              id: c.id,
              front: c.front,
              back: c.back,
              choices: c.choices,
              answer: c.answer,
              quote: c.quote,
              label: tb.has(`templates.${c.template}` as "templates.custom") ? tb(`templates.${c.template}` as "templates.custom") : c.template,
              href: slug ? `/documents/${slug}${c.factId ? `#fact-${c.factId}` : ""}` : null,
            };
          })}
        />
        {browsed.pages > 1 && <CardBrowserPages action={`/sets/${set.id}`} filter={filter} page={browsed.page} pages={browsed.pages} total={browsed.total} shown={browsed.cards.length} />}
      </section>
    </div>
  );
}
