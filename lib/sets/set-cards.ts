// What is in a set: listing its cards, adding visible cards or cards from approved facts,
// writing custom cards, editing (a generated card is copied into a custom one in that set),
// and removing.
import crypto from "node:crypto";
import { z } from "zod";
import { multiLine } from "@/lib/validation/fields";
import { CARD_TEMPLATES, compareStrings, jsonStrings, type CardTemplate } from "@/lib/cards";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { requireOwnedSet } from "./owned";
import { syncDocumentCards } from "./sync-document-cards";
import { visibleCardWhere } from "./visibility";

export const MAX_SET_CARDS = 5000;

export const customCardSchema = z.object({
  front: multiLine(2000),
  back: multiLine(8000),
});

export function newCardId(): string {
  return `c_${crypto.randomBytes(10).toString("hex")}`;
}

export async function listSetCards(db: Db, setId: string) {
  const rows = await db.setCard.findMany({
    where: { setId, card: { retired: false } },
    orderBy: { position: "asc" },
    select: { card: { select: { id: true, origin: true, template: true, front: true, back: true, choices: true, answer: true, quote: true, factId: true, documentId: true, tags: true, ownerId: true } } },
  });
  return rows.map((r) => ({
    ...r.card,
    choices: jsonStrings(r.card.choices),
    /** The right option, or for an ordering card the items in the right order. */
    answer: typeof r.card.answer === "string" ? r.card.answer : jsonStrings(r.card.answer),
    tags: jsonStrings(r.card.tags),
  }));
}

async function appendCards(db: Db, setId: string, cardIds: string[]) {
  const present = new Set((await db.setCard.findMany({ where: { setId }, select: { cardId: true } })).map((c) => c.cardId));
  const fresh = [...new Set(cardIds)].filter((id) => !present.has(id));
  if (present.size + fresh.length > MAX_SET_CARDS) throw new HttpError(413, "set_too_large", `A set holds at most ${MAX_SET_CARDS} cards.`);
  const last = await db.setCard.aggregate({ where: { setId }, _max: { position: true } });
  const start = (last._max.position ?? -1) + 1;
  if (fresh.length) await db.setCard.createMany({ data: fresh.map((cardId, i) => ({ setId, cardId, position: start + i })) });
  await db.cardSet.update({ where: { id: setId }, data: { updatedAt: new Date() } });
  return fresh.length;
}

/** Adds cards the user may see to their set. */
export async function addCardsToSet(db: Db, userId: string, setId: string, cardIds: string[]) {
  await requireOwnedSet(db, setId, userId);
  const visible = await db.card.findMany({ where: { id: { in: cardIds }, ...visibleCardWhere(userId) }, select: { id: true } });
  if (visible.length !== new Set(cardIds).size) throw new HttpError(404, "card_not_found", "Some cards do not exist or are not visible to you.");
  return appendCards(db, setId, cardIds);
}

/**
 * Adds the existing cards of approved facts to the user's set. Cards are never regenerated
 * here: the built-in cards are generated from the whole built-in corpus at once
 * (lib/sets/builtin.ts) and an uploaded document's from the whole document
 * (lib/sets/sync-document-cards.ts), so regenerating from a subset would rewrite or retire
 * cards everyone studies. Only an uploaded document whose approved facts have no cards yet
 * is synced first.
 */
export async function addFactCardsToSet(db: Db, userId: string, setId: string, factIds: string[]) {
  await requireOwnedSet(db, setId, userId);
  const wanted = [...new Set(factIds)];
  const chosen = await db.fact.findMany({ where: { id: { in: wanted }, status: "approved" }, select: { id: true, documentId: true } });
  if (chosen.length !== wanted.length) throw new HttpError(404, "fact_not_found", "Some facts do not exist or are not approved.");
  const cardsOf = () =>
    db.card.findMany({
      where: { factId: { in: wanted }, origin: "generated", retired: false, template: { not: "reading" } },
      select: { id: true, factId: true, documentId: true, start: true, template: true },
    });
  let cards = await cardsOf();
  const withCards = new Set(cards.map((c) => c.factId));
  const missingDocs = [...new Set(chosen.filter((f) => !withCards.has(f.id)).map((f) => f.documentId))];
  if (missingDocs.length) {
    const uploaded = await db.document.findMany({ where: { id: { in: missingDocs }, origin: { not: "builtin" } }, select: { id: true } });
    for (const doc of uploaded) await syncDocumentCards(db, doc.id);
    if (uploaded.length) cards = await cardsOf();
  }
  // The order generation uses: by document, position in the text, then template.
  const templateRank = (t: string) => CARD_TEMPLATES.indexOf(t as CardTemplate);
  cards.sort(
    (a, b) =>
      compareStrings(a.documentId ?? "", b.documentId ?? "") ||
      (a.start ?? 0) - (b.start ?? 0) ||
      templateRank(a.template) - templateRank(b.template) ||
      compareStrings(a.id, b.id),
  );
  return appendCards(db, setId, cards.map((c) => c.id));
}

export async function addCustomCard(db: Db, userId: string, setId: string, input: z.infer<typeof customCardSchema>, tags: string[] = []) {
  await requireOwnedSet(db, setId, userId);
  const card = await db.card.create({
    data: { id: newCardId(), origin: "custom", template: "custom", front: input.front, back: input.back, choices: [], answer: input.back, typedAnswers: [], tags, ownerId: userId },
    select: { id: true },
  });
  await appendCards(db, setId, [card.id]);
  return card;
}

/**
 * Edits a card of the user's set. The user's own custom card changes in place; any other card
 * (generated, or someone else's) is copied into a custom card of theirs that takes its place
 * in this set, so nobody else's cards change.
 */
export async function editCardInSet(db: Db, userId: string, setId: string, cardId: string, input: z.infer<typeof customCardSchema>) {
  await requireOwnedSet(db, setId, userId);
  const member = await db.setCard.findUnique({ where: { setId_cardId: { setId, cardId } }, include: { card: true } });
  if (!member) throw new HttpError(404, "card_not_found", "That card is not in this set.");
  const card = member.card;
  if (card.origin === "custom" && card.ownerId === userId) {
    return db.card.update({ where: { id: cardId }, data: { front: input.front, back: input.back, answer: input.back }, select: { id: true } });
  }
  const copyId = newCardId();
  await db.$transaction([
    db.card.create({
      data: {
        id: copyId, origin: "custom", template: "custom", factId: card.factId, documentId: card.documentId,
        front: input.front, back: input.back, choices: [], answer: input.back, typedAnswers: [], tags: card.tags as string[],
        quote: card.quote, start: card.start, end: card.end, ownerId: userId,
      },
    }),
    db.setCard.delete({ where: { setId_cardId: { setId, cardId } } }),
    db.setCard.create({ data: { setId, cardId: copyId, position: member.position } }),
  ]);
  return { id: copyId };
}

export async function removeCardFromSet(db: Db, userId: string, setId: string, cardId: string) {
  await requireOwnedSet(db, setId, userId);
  const { count } = await db.setCard.deleteMany({ where: { setId, cardId } });
  if (!count) throw new HttpError(404, "card_not_found", "That card is not in this set.");
}
