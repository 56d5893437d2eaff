// Choosing the card that replaces one question of a fixed quiz ("regenerate"): a card of the
// quiz's set that is not in the quiz yet, of the replaced question's kind when one is left, and
// — as when a quiz is assembled — of a fact no other question asks about, giving no other
// question's answer away (and given away by none).
import { seededShuffle } from "@/lib/cards/random";
import { givesAwayEither, questionFromCard, supportedKinds, type QuestionKind, type QuizCard, type QuizQuestion } from "./assemble";

export interface PickReplacementInput {
  /** The set's cards. */
  cards: readonly QuizCard[];
  /** Every question of the quiz now, the replaced one included. */
  questions: readonly QuizQuestion[];
  /** The id of the question being replaced. */
  replacing: string;
  /** The quiz's kinds. */
  kinds: readonly QuestionKind[];
  seed: string;
}

/** What a question shows and accepts, as a card (for the give-away rule; it may have been edited). */
function asCard(q: QuizQuestion): QuizCard {
  return {
    key: q.cardKey,
    front: q.prompt,
    back: q.explanation,
    choices: q.kind === "multiple_choice" ? q.options : undefined,
    answer: q.answer,
    typedAnswers: q.accepted,
    documentId: q.source.documentId,
    start: q.source.start,
    end: q.source.end,
    quote: q.source.quote,
  };
}

/** The new question, or null when the set has no card left that fits. */
export function pickReplacement(input: PickReplacementInput): QuizQuestion | null {
  const target = input.questions.find((q) => q.id === input.replacing);
  if (!target) return null;
  const others = input.questions.filter((q) => q.id !== input.replacing);
  const factOf = new Map(input.cards.map((c) => [c.key, c.factId ?? `card:${c.key}`]));
  const usedCards = new Set(input.questions.map((q) => q.cardKey));
  const usedFacts = new Set(others.map((q) => factOf.get(q.cardKey) ?? `card:${q.cardKey}`));
  const otherCards = others.map(asCard);

  let fallback: { card: QuizCard; kind: QuestionKind } | null = null;
  for (const card of seededShuffle(input.cards, `${input.seed}:replace`)) {
    if (usedCards.has(card.key) || usedFacts.has(card.factId ?? `card:${card.key}`)) continue;
    const kinds = supportedKinds(card).filter((k) => input.kinds.includes(k));
    if (kinds.length === 0 || otherCards.some((o) => givesAwayEither(o, card))) continue;
    if (kinds.includes(target.kind)) return questionFromCard(card, target.kind, input.seed);
    fallback ??= { card, kind: kinds[0]! };
  }
  return fallback ? questionFromCard(fallback.card, fallback.kind, input.seed) : null;
}
