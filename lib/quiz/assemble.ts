// Quiz assembly and scoring. A quiz is drawn from cards with a seed stored on the attempt,
// so reloading or resuming rebuilds the very same questions in the same order.
import type { CardDraft } from "@/lib/cards/types";
import { checkChoices } from "@/lib/cards/distractors";
import { presentationOrder } from "@/lib/cards/generate";
import { seededShuffle, stableKey } from "@/lib/cards/random";
import { isTypedAnswerCorrect, normalizeAnswer } from "@/lib/cards/normalize-answer";

export const QUESTION_KINDS = ["multiple_choice", "ordering", "typed"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** What a quiz needs from a card (a stored card row or a CardDraft). */
export type QuizCard = Pick<
  CardDraft,
  "key" | "front" | "back" | "choices" | "answer" | "typedAnswers" | "documentId" | "start" | "end" | "quote"
> & { factId?: string | null };

export interface QuizQuestion {
  /** Stable per (card, kind): the same question in different attempts has the same id, for item analysis. */
  id: string;
  cardKey: string;
  kind: QuestionKind;
  prompt: string;
  /** Multiple choice: the options; ordering: the items in presented order; typed: absent. */
  options?: string[];
  /** The correct option, the accepted typed answer, or the items in the right order. */
  answer: string | string[];
  /** Typed answers that count as correct. */
  accepted?: string[];
  /** Shown with the results. */
  explanation: string;
  source: { documentId: string; start: number; end: number; quote: string };
}

export interface AssembleQuizInput {
  cards: readonly QuizCard[];
  count: number;
  kinds: readonly QuestionKind[];
  shuffle: boolean;
  /** Stored on the attempt; the same seed rebuilds the same quiz. */
  seed: string;
}

/** The kinds a card can be asked as. */
export function supportedKinds(card: QuizCard): QuestionKind[] {
  const kinds: QuestionKind[] = [];
  if (typeof card.answer === "string") {
    if (card.choices && checkChoices(card.choices, card.answer).length === 0) kinds.push("multiple_choice");
    if (card.typedAnswers && card.typedAnswers.some((a) => normalizeAnswer(a) !== "")) kinds.push("typed");
  } else if (card.answer.length >= 2 && new Set(card.answer.map(normalizeAnswer)).size === card.answer.length) {
    kinds.push("ordering");
  }
  return kinds;
}

/**
 * Draws `count` questions (fewer if the cards do not support enough). A quiz never holds two
 * questions where one gives the other's answer away: at most one card per fact, and a card
 * whose answer shows in another chosen card's question or options (or the other way round) is
 * left out. Kinds rotate through the requested ones so a quiz mixes them. Ordering items are
 * never shown in the right order.
 */
export function assembleQuiz(input: AssembleQuizInput): QuizQuestion[] {
  if (!Number.isInteger(input.count) || input.count < 0) throw new RangeError("count must be a non-negative integer");
  const kinds = QUESTION_KINDS.filter((k) => input.kinds.includes(k));
  if (kinds.length === 0 || input.count === 0) return [];

  // Each card's kinds are worked out once, and only for cards looked at (the draw usually
  // stops long before the end of a big set).
  const kindsOf = new Map<QuizCard, QuestionKind[]>();
  const supported = (card: QuizCard) => {
    let k = kindsOf.get(card);
    if (!k) kindsOf.set(card, (k = supportedKinds(card)));
    return k;
  };
  const pool = input.shuffle ? seededShuffle(input.cards, input.seed + ":cards") : [...input.cards];
  const chosen: GiveAwayProfile[] = [];
  const usedFacts = new Set<string>();
  for (const card of pool) {
    if (chosen.length >= input.count) break;
    const fact = card.factId ?? `card:${card.key}`;
    if (usedFacts.has(fact) || !supported(card).some((k) => kinds.includes(k))) continue;
    const profile = giveAwayProfile(card);
    if (chosen.some((other) => givesAway(other, profile) || givesAway(profile, other))) continue;
    usedFacts.add(fact);
    chosen.push(profile);
  }

  return chosen.map(({ card }, i) => {
    const cardKinds = supported(card);
    const rotated = [...kinds.slice(i % kinds.length), ...kinds.slice(0, i % kinds.length)];
    const kind = rotated.find((k) => cardKinds.includes(k))!;
    return toQuestion(card, kind, input);
  });
}

/** Answers shorter than this (after normalisation) are too unspecific to count as given away. */
const MIN_GIVEAWAY_LENGTH = 2;

interface GiveAwayProfile {
  card: QuizCard;
  /** The answer in every accepted form, normalised. */
  answers: string[];
  /** What the learner reads: the question, the options, the ordering items; normalised. */
  shown: string[];
}

function giveAwayProfile(card: QuizCard): GiveAwayProfile {
  const answers = typeof card.answer === "string" ? [card.answer, ...(card.typedAnswers ?? [])] : [];
  const shown = [card.front, ...(card.choices ?? []), ...(Array.isArray(card.answer) ? card.answer : [])];
  return {
    card,
    answers: [...new Set(answers.map(normalizeAnswer))].filter((a) => a.length >= MIN_GIVEAWAY_LENGTH),
    shown: shown.map(normalizeAnswer),
  };
}

/** True when `reader` shows something that answers `asked`. */
function givesAway(reader: GiveAwayProfile, asked: GiveAwayProfile): boolean {
  return asked.answers.some((a) => reader.shown.some((text) => text.includes(a)));
}

function toQuestion(card: QuizCard, kind: QuestionKind, input: AssembleQuizInput): QuizQuestion {
  const base = {
    id: stableKey([card.key, kind]),
    cardKey: card.key,
    kind,
    prompt: card.front,
    explanation: card.back,
    source: { documentId: card.documentId, start: card.start, end: card.end, quote: card.quote },
  };
  const optionSeed = `${input.seed}:${card.key}`;
  if (kind === "ordering") {
    const items = card.answer as string[];
    return { ...base, options: input.shuffle || !card.choices ? presentationOrder(items, optionSeed) : [...card.choices], answer: [...items] };
  }
  const answer = card.answer as string;
  if (kind === "multiple_choice") {
    const options = card.choices ?? [];
    return { ...base, options: input.shuffle ? seededShuffle(options, optionSeed) : [...options], answer };
  }
  return { ...base, answer, accepted: [...(card.typedAnswers ?? [answer])] };
}

export type GivenAnswer = string | readonly string[];

export type OrderingCredit = "all_or_nothing" | "partial";

export interface ScoreOptions {
  /**
   * all_or_nothing (default): an ordering question scores 1 only if every item is in place.
   * partial: the share of item pairs in the right relative order (Kendall concordance), so
   * swapping two neighbours of four costs 1/6 rather than everything.
   */
  orderingCredit?: OrderingCredit;
}

export interface QuestionResult {
  questionId: string;
  answered: boolean;
  /** 0..1 */
  score: number;
  correct: boolean;
  correctAnswer: string | string[];
}

export interface AttemptScore {
  perQuestion: QuestionResult[];
  score: number;
  maxScore: number;
  /** 0..100, one decimal; 0 for an empty quiz. */
  percent: number;
}

/** Scores an attempt; unanswered questions (e.g. after expiry) score 0. */
export function scoreAttempt(
  questions: readonly QuizQuestion[],
  answers: Readonly<Record<string, GivenAnswer | undefined>>,
  options: ScoreOptions = {},
): AttemptScore {
  const credit = options.orderingCredit ?? "all_or_nothing";
  const perQuestion = questions.map((q): QuestionResult => {
    const given = Object.prototype.hasOwnProperty.call(answers, q.id) ? answers[q.id] : undefined;
    const score = given === undefined ? 0 : scoreQuestion(q, given, credit);
    return { questionId: q.id, answered: given !== undefined, score, correct: score === 1, correctAnswer: q.answer };
  });
  const score = perQuestion.reduce((s, r) => s + r.score, 0);
  const maxScore = questions.length;
  return { perQuestion, score, maxScore, percent: maxScore ? Math.round((score / maxScore) * 1000) / 10 : 0 };
}

export function scoreQuestion(q: QuizQuestion, given: GivenAnswer, credit: OrderingCredit = "all_or_nothing"): number {
  if (q.kind === "ordering") {
    if (!Array.isArray(given) || !Array.isArray(q.answer)) return 0;
    return credit === "partial" ? pairwiseOrderScore(q.answer, given) : sameOrder(q.answer, given) ? 1 : 0;
  }
  if (typeof given !== "string" || typeof q.answer !== "string") return 0;
  if (q.kind === "multiple_choice") {
    // Only an offered option counts; the options are pairwise distinct after normalisation.
    const offered = (q.options ?? []).some((o) => o === given);
    return offered && normalizeAnswer(given) === normalizeAnswer(q.answer) ? 1 : 0;
  }
  return isTypedAnswerCorrect(given, q.accepted ?? [q.answer]) ? 1 : 0;
}

function sameOrder(expected: readonly string[], given: readonly string[]): boolean {
  return expected.length === given.length && expected.every((item, i) => item === given[i]);
}

/** Share of pairs (i < j) the learner put in the right relative order; 0 unless `given` is a permutation. */
export function pairwiseOrderScore(expected: readonly string[], given: readonly string[]): number {
  if (expected.length !== given.length || expected.length < 2) return sameOrder(expected, given) ? 1 : 0;
  const rank = new Map(expected.map((item, i) => [item, i]));
  if (rank.size !== expected.length) return 0;
  const positions = given.map((item) => rank.get(item));
  if (positions.some((p) => p === undefined) || new Set(positions).size !== positions.length) return 0;
  let concordant = 0;
  let pairs = 0;
  for (let i = 0; i < positions.length; i++)
    for (let j = i + 1; j < positions.length; j++) {
      pairs++;
      if ((positions[i] as number) < (positions[j] as number)) concordant++;
    }
  return concordant / pairs;
}

/**
 * True when one of two questions' cards shows the other's answer (in its question, options
 * or items): they must not be in one quiz. Used when a question is replaced by another.
 */
export function givesAwayEither(a: QuizCard, b: QuizCard): boolean {
  const pa = giveAwayProfile(a);
  const pb = giveAwayProfile(b);
  return givesAway(pa, pb) || givesAway(pb, pa);
}

/** The question a card gives as `kind` (the card must support it), options ordered from `seed`. */
export function questionFromCard(card: QuizCard, kind: QuestionKind, seed: string, shuffle = true): QuizQuestion {
  return toQuestion(card, kind, { cards: [], count: 1, kinds: [kind], shuffle, seed });
}
