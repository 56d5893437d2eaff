// Reads a set's cards as quiz cards. Read-only over the cards tables (issue 4 owns them):
// retired cards and cards without a source sentence are left out, since every quiz
// question must cite its source.
import type { Db } from "@/lib/db/client";
import { setCardRows } from "@/lib/db/quiz-store";
import type { QuizCard } from "./assemble";

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : undefined;
}

export async function loadQuizCards(db: Db, setId: string): Promise<QuizCard[]> {
  // The driver directly: every start of a quiz reads the whole set (lib/db/quiz-store.ts).
  const rows = await setCardRows(db, setId);
  const cards: QuizCard[] = [];
  for (const card of rows) {
    if (!card.documentId || card.quote == null || card.start == null || card.end == null) continue;
    const answer = typeof card.answer === "string" ? card.answer : strings(card.answer);
    if (answer === undefined) continue;
    const choices = strings(card.choices);
    const typed = strings(card.typedAnswers);
    cards.push({
      key: card.id,
      factId: card.factId,
      front: card.front,
      back: card.back,
      choices: choices && choices.length ? choices : undefined,
      answer,
      // A card the instructor wrote or edited (custom) is asked as a typed question with its back as the answer.
      typedAnswers: typed && typed.length ? typed : card.origin === "custom" && typeof answer === "string" && answer.trim() ? [answer] : undefined,
      documentId: card.documentId,
      start: card.start,
      end: card.end,
      quote: card.quote,
    });
  }
  return cards;
}

/**
 * A set the viewer may build a quiz from or assign: built-in, their own, or public. A "shared"
 * set is reached by its share code only (lib/sets/visibility.ts), never by its id: copy it first.
 */
export async function findUsableSet(db: Db, setId: string, userId: string) {
  const set = await db.cardSet.findUnique({ where: { id: setId }, select: { id: true, title: true, ownerId: true, builtin: true, visibility: true } });
  if (!set) return null;
  if (set.builtin || set.ownerId === userId || set.visibility === "public") return set;
  return null;
}

/** Sets offered on the quiz and assignment forms. */
/** Sets an instructor may assign for study: built-in or their own (lib/assignments/create-assignment.ts). */
export async function listAssignableSets(db: Db, userId: string) {
  return db.cardSet.findMany({
    where: { OR: [{ builtin: true }, { ownerId: userId }] },
    orderBy: [{ builtin: "desc" }, { title: "asc" }],
    select: { id: true, title: true },
  });
}

export async function listUsableSets(db: Db, userId: string) {
  return db.cardSet.findMany({
    where: { OR: [{ builtin: true }, { ownerId: userId }, { visibility: "public" }] },
    orderBy: [{ builtin: "desc" }, { title: "asc" }],
    select: { id: true, title: true, builtin: true, _count: { select: { cards: true } } },
  });
}
