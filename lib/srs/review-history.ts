// The review log → the optimizer's training items, as fsrs-rs and Anki build them: per card, the
// reviews in time order from the card's last (re)start as a new card; the days between reviews
// counted in the learner's study days (04:00 to 04:00 in their zone), so two reviews on one
// study day are 0 days apart; one item per review after the first, holding the card's history up
// to it, kept only when that history has a review a day or more after the one before it.
import { studyDayOf } from "./day";
import type { CardStateName, ReviewRating } from "./schedule";

export interface LoggedReview {
  id: string;
  cardId: string;
  rating: ReviewRating;
  reviewedAt: Date;
  stateBefore: CardStateName;
}

/** One review as the optimizer sees it: rating 1–4 and whole study days since the previous review. */
export interface HistoryReview {
  rating: 1 | 2 | 3 | 4;
  deltaT: number;
}

const DAY_MS = 86_400_000;

export const RATING_NUMBER: Record<ReviewRating, HistoryReview["rating"]> = { again: 1, hard: 2, good: 3, easy: 4 };

/** A card's reviews from the start of its last learning block (reviews of a new or learning card). */
function fromLastLearningStart<T extends { stateBefore: CardStateName }>(reviews: T[]): T[] {
  const learning = (r: T) => r.stateBefore === "new" || r.stateBefore === "learning";
  let start = -1;
  for (let i = reviews.length - 1; i >= 0; i--) {
    if (learning(reviews[i]!)) start = i;
    else if (start !== -1) break;
  }
  return start === -1 ? [] : reviews.slice(start);
}

/** Whether an item has a review after the first that came a day or more after its predecessor (fsrs-rs's include_long_term_reviews). */
function hasLongTermReview(item: HistoryReview[]): boolean {
  return item.slice(1).some((r) => r.deltaT > 0);
}

/**
 * Training items for the optimizer from one learner's live (not undone) reviews, in any order.
 * Items come out card by card, each card's in time order.
 */
export function reviewHistoryItems(reviews: readonly LoggedReview[], timeZone: string): HistoryReview[][] {
  const byCard = new Map<string, LoggedReview[]>();
  for (const r of reviews) {
    const list = byCard.get(r.cardId);
    if (list) list.push(r);
    else byCard.set(r.cardId, [r]);
  }
  const items: HistoryReview[][] = [];
  for (const cardId of [...byCard.keys()].sort()) {
    const ordered = byCard.get(cardId)!.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const kept = fromLastLearningStart(ordered);
    const day = kept.map((r) => Date.parse(studyDayOf(r.reviewedAt, timeZone) + "T00:00:00Z") / DAY_MS);
    const history: HistoryReview[] = kept.map((r, i) => ({
      rating: RATING_NUMBER[r.rating],
      deltaT: i === 0 ? 0 : Math.max(0, Math.round(day[i]! - day[i - 1]!)),
    }));
    for (let i = 1; i < history.length; i++) {
      const item = history.slice(0, i + 1);
      if (hasLongTermReview(item)) items.push(item);
    }
  }
  return items;
}
