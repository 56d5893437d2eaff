// Today's study queue, built like Anki's: cards in (re)learning that are due now, then
// reviews due today (up to the daily review limit), then new cards (up to the new limit).
// Siblings (cards of one fact) are buried as Anki does by default: once a card of a fact is
// reviewed today, or is in today's queue, its new and review siblings wait for the next day.
// Pure: the caller passes the cards' states and how much was already done today.
import type { CardState, CardStateName, ReviewLogEntry } from "./schedule";
import { DEFAULT_ROLLOVER_HOUR, startOfNextStudyDay, startOfStudyDay } from "./day";

/** Anki's "learn ahead limit": learning cards due within 20 minutes are shown now rather than leaving a gap. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface QueueCard {
  id: string;
  /** null for a card the learner has never seen. */
  state: CardState | null;
  /** Order in which new cards are introduced (e.g. position in the set); ties broken by id. */
  newPosition?: number;
  /** The fact the card asks about; cards of one fact are siblings. */
  factId?: string | null;
}

export interface ReviewedToday {
  /** New cards introduced today (first reviews). */
  newCards: number;
  /** Reviews of cards in the review state today. */
  reviews: number;
}

export interface QueueInput<C extends QueueCard = QueueCard> {
  cards: readonly C[];
  now: Date;
  timeZone: string;
  newPerDay: number;
  reviewsPerDay: number;
  reviewedTodayCounts: ReviewedToday;
  rolloverHour?: number;
  learnAheadMs?: number;
  /** Facts with a card reviewed today (factsReviewedToday): their new and review cards wait. */
  factsReviewedToday?: ReadonlySet<string>;
  /** Show siblings on the same day (the user's setting); off by default. */
  siblingsSameDay?: boolean;
}

export interface StudyQueue<C extends QueueCard = QueueCard> {
  learning: C[];
  reviews: C[];
  newCards: C[];
  /** What to show, in order: learning, then reviews, then new. */
  queue: C[];
  /** Learning cards due later today, not yet shown; the session can wait for them. */
  learningLater: C[];
}

function isNew(card: QueueCard): boolean {
  return card.state === null || card.state.state === "new";
}

function isLearning(name: CardStateName): boolean {
  return name === "learning" || name === "relearning";
}

function byDueThenId(a: QueueCard, b: QueueCard): number {
  const da = a.state ? Date.parse(a.state.due) : 0;
  const db = b.state ? Date.parse(b.state.due) : 0;
  return da - db || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function byNewPosition(a: QueueCard, b: QueueCard): number {
  const pa = a.newPosition ?? Number.MAX_SAFE_INTEGER;
  const pb = b.newPosition ?? Number.MAX_SAFE_INTEGER;
  return pa - pb || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function remaining(limit: number, used: number): number {
  if (!Number.isFinite(limit) || limit < 0) throw new RangeError("daily limits must be non-negative numbers");
  return Math.max(0, Math.floor(limit) - Math.max(0, used));
}

/** Splits the cards into today's queue, honouring the daily limits and the study-day boundary. */
export function buildQueue<C extends QueueCard>(input: QueueInput<C>): StudyQueue<C> {
  const rollover = input.rolloverHour ?? DEFAULT_ROLLOVER_HOUR;
  const now = input.now.getTime();
  const endOfDay = startOfNextStudyDay(input.now, input.timeZone, rollover).getTime();
  const learnAhead = now + (input.learnAheadMs ?? LEARN_AHEAD_MS);

  const learning: C[] = [];
  const learningLater: C[] = [];
  const reviewsDue: C[] = [];
  const fresh: C[] = [];
  for (const card of input.cards) {
    if (isNew(card)) {
      fresh.push(card);
      continue;
    }
    const state = card.state!;
    const due = Date.parse(state.due);
    if (isLearning(state.state)) {
      if (due <= learnAhead) learning.push(card);
      else if (due < endOfDay) learningLater.push(card);
    } else if (due < endOfDay) {
      reviewsDue.push(card);
    }
  }
  learning.sort(byDueThenId);
  learningLater.sort(byDueThenId);
  // Cards already in (re)learning are always shown (Anki does not bury them); they and the
  // facts reviewed today claim their fact, and each fact then gives at most one more card.
  const claimed = new Set<string>(input.siblingsSameDay ? [] : input.factsReviewedToday ?? []);
  if (!input.siblingsSameDay) for (const c of [...learning, ...learningLater]) if (c.factId) claimed.add(c.factId);
  const take = (cards: C[], limit: number): C[] => {
    const out: C[] = [];
    for (const card of cards) {
      if (out.length >= limit) break;
      if (!input.siblingsSameDay && card.factId) {
        if (claimed.has(card.factId)) continue;
        claimed.add(card.factId);
      }
      out.push(card);
    }
    return out;
  };
  const reviews = take(reviewsDue.sort(byDueThenId), remaining(input.reviewsPerDay, input.reviewedTodayCounts.reviews));
  const newCards = take(fresh.sort(byNewPosition), remaining(input.newPerDay, input.reviewedTodayCounts.newCards));
  return { learning, reviews, newCards, queue: [...learning, ...reviews, ...newCards], learningLater };
}

export interface DueCounts {
  learning: number;
  review: number;
  new: number;
  total: number;
}

/** Counts for a badge or a set list: what the learner would see today, limits applied. */
export function dueCounts(input: QueueInput): DueCounts {
  const q = buildQueue(input);
  const learning = q.learning.length + q.learningLater.length;
  return { learning, review: q.reviews.length, new: q.newCards.length, total: learning + q.reviews.length + q.newCards.length };
}

/** The facts of the cards reviewed today (undone reviews must be removed from the log). */
export function factsReviewedToday(
  logs: readonly { reviewedAt: string; factId: string | null }[],
  now: Date,
  timeZone: string,
  rolloverHour = DEFAULT_ROLLOVER_HOUR,
): Set<string> {
  const start = startOfStudyDay(now, timeZone, rolloverHour).getTime();
  const end = startOfNextStudyDay(now, timeZone, rolloverHour).getTime();
  const facts = new Set<string>();
  for (const log of logs) {
    const t = Date.parse(log.reviewedAt);
    if (log.factId && t >= start && t < end) facts.add(log.factId);
  }
  return facts;
}

/** Counts today's reviews from the log, for `reviewedTodayCounts` (undone reviews must be removed from the log). */
export function countReviewedToday(
  logs: readonly Pick<ReviewLogEntry, "reviewedAt" | "stateBefore">[],
  now: Date,
  timeZone: string,
  rolloverHour = DEFAULT_ROLLOVER_HOUR,
): ReviewedToday {
  const start = startOfStudyDay(now, timeZone, rolloverHour).getTime();
  const end = startOfNextStudyDay(now, timeZone, rolloverHour).getTime();
  let newCards = 0;
  let reviews = 0;
  for (const log of logs) {
    const t = Date.parse(log.reviewedAt);
    if (t < start || t >= end) continue;
    if (log.stateBefore === "new") newCards++;
    else if (log.stateBefore === "review") reviews++;
  }
  return { newCards, reviews };
}
