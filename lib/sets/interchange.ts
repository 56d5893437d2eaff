// Export a visible set as Anki/Quizlet/CSV text; import TSV/CSV rows into one's own set as custom cards.
import { cardsToInterchange } from "@/lib/interchange/from-cards";
import { exportCards, parseCards, type ExportTarget, type ParseError } from "@/lib/interchange/tsv";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { getSetForUser } from "./get-for-user";
import { MAX_SET_CARDS, listSetCards, newCardId } from "./set-cards";
import { requireOwnedSet } from "./owned";

export const MAX_IMPORT_BYTES = 1024 * 1024;

export async function exportSet(db: Db, userId: string | null, setId: string, target: ExportTarget) {
  const set = await getSetForUser(db, setId, userId);
  if (!set) throw new HttpError(404, "set_not_found", "No such set.");
  const cards = await listSetCards(db, setId);
  const text = exportCards(cardsToInterchange(cards.map((c) => ({ ...c, answer: c.back, quote: c.quote ?? "" }))), { target, bom: target === "csv" });
  return { title: set.title, text };
}

export async function importIntoSet(db: Db, userId: string, setId: string, text: string, format: "auto" | "tsv" | "csv" = "auto"): Promise<{ imported: number; errors: ParseError[] }> {
  await requireOwnedSet(db, setId, userId);
  const parsed = parseCards(text, { format, maxRows: MAX_SET_CARDS });
  if (parsed.cards.length === 0) return { imported: 0, errors: parsed.errors.length ? parsed.errors : [{ line: 1, message: "no cards found" }] };
  const present = await db.setCard.count({ where: { setId } });
  if (present + parsed.cards.length > MAX_SET_CARDS) throw new HttpError(413, "set_too_large", `A set holds at most ${MAX_SET_CARDS} cards.`);
  const last = await db.setCard.aggregate({ where: { setId }, _max: { position: true } });
  const start = (last._max.position ?? -1) + 1;
  const rows = parsed.cards.map((c) => ({ id: newCardId(), ...c }));
  await db.$transaction([
    db.card.createMany({
      data: rows.map((c) => ({ id: c.id, origin: "custom", template: "custom", front: c.front, back: c.back, choices: [], answer: c.back, typedAnswers: [], tags: c.tags, ownerId: userId })),
    }),
    db.setCard.createMany({ data: rows.map((c, i) => ({ setId, cardId: c.id, position: start + i })) }),
    db.cardSet.update({ where: { id: setId }, data: { updatedAt: new Date() } }),
  ]);
  return { imported: rows.length, errors: parsed.errors };
}
