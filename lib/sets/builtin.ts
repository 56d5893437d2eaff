// Ready-made sets from the built-in corpus (a 2018 timeline, the US–DPRK Joint Statement,
// each side's positions …). Called after the built-in corpus is loaded and its facts
// extracted. Idempotent: cards are upserted by their stable key (retired, never deleted,
// when no longer generated) and set rows are only written when their content changed.
// Runs under the built-in documents' sync lock (./card-sync-lock.ts), like a document's sync.
import { factRowToSource, generateCards, persistCardDraftsIn, rubyReadingsOf } from "@/lib/cards";
import type { Db, DbTx } from "@/lib/db/client";
import { builtinSetSpecs } from "./builtin-specs";
import { syncUnderLock } from "./card-sync-lock";

export async function syncBuiltinSets(db: Db): Promise<{ sets: number; cards: number }> {
  const documents = await db.document.findMany({
    where: { origin: "builtin" },
    select: { id: true, slug: true, title: true, text: true, annotations: true },
    orderBy: { slug: "asc" },
  });
  const docIds = documents.map((d) => d.id);
  const ruby = documents.flatMap((d) => rubyReadingsOf(d.id, d.text, d.annotations));
  return syncUnderLock(
    db,
    docIds,
    (rows) => {
      const facts = rows.map(factRowToSource);
      const drafts = generateCards(facts, ruby);
      return { drafts, specs: builtinSetSpecs(drafts, facts, documents) };
    },
    async (tx, { drafts, specs }) => {
      await persistCardDraftsIn(tx, drafts, docIds);
      await writeBuiltinSets(tx, specs);
      return { sets: specs.length, cards: drafts.length };
    },
  );
}

async function writeBuiltinSets(tx: DbTx, specs: ReturnType<typeof builtinSetSpecs>) {
  const existing = await tx.cardSet.findMany({
    where: { slug: { in: specs.map((s) => s.slug) } },
    include: { cards: { orderBy: { position: "asc" }, select: { cardId: true } } },
  });
  const bySlug = new Map(existing.map((s) => [s.slug, s]));
  for (const spec of specs) {
    const stored = bySlug.get(spec.slug);
    if (!stored) {
      await tx.cardSet.create({
        data: {
          slug: spec.slug,
          title: spec.title,
          description: spec.description,
          builtin: true,
          visibility: "public",
          cards: { createMany: { data: spec.cardIds.map((cardId, position) => ({ cardId, position })) } },
        },
      });
      continue;
    }
    const sameCards = stored.cards.length === spec.cardIds.length && stored.cards.every((c, i) => c.cardId === spec.cardIds[i]);
    const sameText = stored.title === spec.title && stored.description === spec.description && stored.builtin;
    if (sameCards && sameText) continue;
    await tx.cardSet.update({ where: { id: stored.id }, data: { title: spec.title, description: spec.description, builtin: true, visibility: "public" } });
    if (sameCards) continue;
    await tx.setCard.deleteMany({ where: { setId: stored.id } });
    await tx.setCard.createMany({ data: spec.cardIds.map((cardId, position) => ({ setId: stored.id, cardId, position })) });
  }
}
