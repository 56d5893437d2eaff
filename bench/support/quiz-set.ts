// The bench's quiz set: enough independent cards for a 50-question quiz of all three kinds.
// The built-in corpus no longer gives that (a quiz takes one card per fact and drops cards
// that give another's answer away, which leaves its ~75 facts a quiz of ~14), and the bench
// measures serving quizzes, not the corpus. Multiple choice, ordering and typed cards in turn,
// each with its own options, so no card's question or options answer another's.
import type { CardDraft } from "@/lib/cards/types";
import type { Db } from "@/lib/db/client";
import { createSetFromDrafts } from "@/lib/quiz/test-support";

export async function seedBenchQuizSet(db: Db, opts: { title: string; ownerId: string; cards: number }) {
  const doc = await db.document.findFirstOrThrow({ select: { id: true, text: true }, orderBy: { id: "asc" } });
  const quote = doc.text.slice(0, 40);
  const drafts: CardDraft[] = Array.from({ length: opts.cards }, (_, i) => {
    const source = { documentId: doc.id, start: 0, end: quote.length, quote, tags: ["bench"], factId: null, factIds: [], variant: String(i) };
    const options = ["甲", "乙", "丙", "丁"].map((s) => `回答${i}${s}`);
    if (i % 3 === 1) {
      const steps = ["一", "二", "三", "四"].map((s) => `段階${i}${s}`);
      return { ...source, key: `bench-card-${i}`, template: "put-in-order", front: `設問${i}: 順に並べよ`, back: steps.join("→"), choices: [...steps].reverse(), answer: steps };
    }
    return { ...source, key: `bench-card-${i}`, template: "date-to-event", front: `設問${i}: どれか`, back: options[0]!, choices: options, answer: options[0]!, typedAnswers: [options[0]!] };
  });
  return createSetFromDrafts(db, drafts, { title: opts.title, ownerId: opts.ownerId });
}
