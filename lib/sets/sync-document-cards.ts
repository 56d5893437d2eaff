// After an instructor reviews facts, the cards follow: approved facts get cards, cards of
// facts no longer approved are retired (progress kept). The built-in corpus is regenerated
// as a whole (its ready-made sets span both documents); an uploaded document's cards go into
// a set of its own, owned by the uploader, ready to study, share or assign.
import { factRowToSource, generateCards, persistCardDrafts, rubyReadingsOf } from "@/lib/cards";
import type { Db } from "@/lib/db/client";
import { syncBuiltinSets } from "./builtin";

export function documentSetSlug(documentId: string): string {
  return `doc-${documentId}`;
}

export async function syncDocumentCards(db: Db, documentId: string): Promise<{ cards: number }> {
  const doc = await db.document.findUnique({
    where: { id: documentId },
    select: { id: true, origin: true, title: true, text: true, annotations: true, createdById: true },
  });
  if (!doc) return { cards: 0 };
  if (doc.origin === "builtin") return { cards: (await syncBuiltinSets(db)).cards };

  const rows = await db.fact.findMany({ where: { documentId, status: "approved" } });
  const drafts = generateCards(rows.map(factRowToSource), rubyReadingsOf(doc.id, doc.text, doc.annotations));
  await persistCardDrafts(db, drafts, [doc.id]);
  if (!doc.createdById) return { cards: drafts.length };

  const slug = documentSetSlug(doc.id);
  const cardIds = drafts.map((d) => d.key);
  await db.$transaction(async (tx) => {
    const set = await tx.cardSet.upsert({
      where: { slug },
      create: { slug, title: doc.title, description: "", ownerId: doc.createdById, visibility: "private" },
      update: {},
      select: { id: true },
    });
    await tx.setCard.deleteMany({ where: { setId: set.id } });
    if (cardIds.length) await tx.setCard.createMany({ data: cardIds.map((cardId, position) => ({ setId: set.id, cardId, position })) });
  });
  return { cards: drafts.length };
}
