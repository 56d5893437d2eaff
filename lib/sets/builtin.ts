// Ready-made sets from the built-in corpus (a 2018 timeline, the US–DPRK Joint Statement,
// each side's positions …). Called after the built-in corpus is loaded and its facts
// extracted. Idempotent: cards are upserted by their stable key (retired, never deleted,
// when no longer generated) and set rows are only written when their content changed.
import { factRowToSource, generateCards, persistCardDrafts, rubyReadingsOf } from "@/lib/cards";
import type { Db } from "@/lib/db/client";
import { builtinSetSpecs } from "./builtin-specs";

export async function syncBuiltinSets(db: Db): Promise<{ sets: number; cards: number }> {
  const documents = await db.document.findMany({
    where: { origin: "builtin" },
    select: { id: true, slug: true, title: true, text: true, annotations: true },
    orderBy: { slug: "asc" },
  });
  const docIds = documents.map((d) => d.id);
  const rows = await db.fact.findMany({ where: { documentId: { in: docIds }, status: "approved" } });
  const facts = rows.map(factRowToSource);
  const ruby = documents.flatMap((d) => rubyReadingsOf(d.id, d.text, d.annotations));
  const drafts = generateCards(facts, ruby);
  await persistCardDrafts(db, drafts, docIds);

  const specs = builtinSetSpecs(drafts, facts, documents);
  const existing = await db.cardSet.findMany({
    where: { slug: { in: specs.map((s) => s.slug) } },
    include: { cards: { orderBy: { position: "asc" }, select: { cardId: true } } },
  });
  const bySlug = new Map(existing.map((s) => [s.slug, s]));
  for (const spec of specs) {
    const stored = bySlug.get(spec.slug);
    if (!stored) {
      await db.cardSet.create({
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
    await db.$transaction([
      db.cardSet.update({ where: { id: stored.id }, data: { title: spec.title, description: spec.description, builtin: true, visibility: "public" } }),
      ...(sameCards
        ? []
        : [
            db.setCard.deleteMany({ where: { setId: stored.id } }),
            db.setCard.createMany({ data: spec.cardIds.map((cardId, position) => ({ setId: stored.id, cardId, position })) }),
          ]),
    ]);
  }
  return { sets: specs.length, cards: drafts.length };
}
