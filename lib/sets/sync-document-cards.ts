// After an instructor reviews facts, the cards follow: approved facts get cards, cards of
// facts no longer approved are retired (progress kept). The built-in corpus is regenerated
// as a whole (its ready-made sets span both documents); an uploaded document's cards go into
// a set of its own, owned by the uploader, ready to study, share or assign. Later syncs leave
// the owner's edits to that set alone: they only add new cards and drop retired ones.
// Syncs of one document run one at a time on current facts (./card-sync-lock.ts).
import { factRowToSource, generateCards, persistCardDraftsIn, rubyReadingsOf } from "@/lib/cards";
import type { Db, DbTx } from "@/lib/db/client";
import { syncBuiltinSets } from "./builtin";
import { syncUnderLock } from "./card-sync-lock";

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

  const ruby = rubyReadingsOf(doc.id, doc.text, doc.annotations);
  const count = await syncUnderLock(
    db,
    [doc.id],
    (rows) => generateCards(rows.map(factRowToSource), ruby),
    async (tx, drafts) => {
      // Cards already live before this sync: the owner has had them in their set, so one missing
      // from it now was removed (or replaced by an edited copy) on purpose and is not added back.
      const live = new Set(
        (await tx.card.findMany({ where: { documentId: doc.id, origin: "generated", retired: false }, select: { id: true } })).map((c) => c.id),
      );
      await persistCardDraftsIn(tx, drafts, [doc.id]);
      if (doc.createdById) await syncOwnerSet(tx, doc.id, doc.title, doc.createdById, drafts.map((d) => d.key), live);
      return drafts.length;
    },
  );
  return { cards: count };
}

/**
 * The owner's set is theirs: keep its order, custom and edited cards, and removals. Only
 * drop this document's retired generated cards and append cards new since the last sync.
 */
async function syncOwnerSet(tx: DbTx, documentId: string, title: string, ownerId: string, cardIds: string[], live: Set<string>) {
  const slug = documentSetSlug(documentId);
  const existing = await tx.cardSet.findUnique({ where: { slug }, select: { id: true } });
  const set =
    existing ??
    (await tx.cardSet.upsert({
      where: { slug },
      create: { slug, title, description: "", ownerId, visibility: "private" },
      update: {},
      select: { id: true },
    }));
  await tx.setCard.deleteMany({ where: { setId: set.id, card: { documentId, origin: "generated", retired: true } } });
  const present = new Set((await tx.setCard.findMany({ where: { setId: set.id }, select: { cardId: true } })).map((c) => c.cardId));
  const fresh = cardIds.filter((id) => !present.has(id) && (!existing || !live.has(id)));
  if (!fresh.length) return;
  const last = await tx.setCard.aggregate({ where: { setId: set.id }, _max: { position: true } });
  const start = (last._max.position ?? -1) + 1;
  await tx.setCard.createMany({ data: fresh.map((cardId, i) => ({ setId: set.id, cardId, position: start + i })) });
}
