// Test support (integration and e2e only): a review history for one learner, as months of study
// would leave it, so the FSRS optimizer has something to fit. The simulated learner forgets
// faster than FSRS's default weights assume, so a fit moves the weights.
import type { Db } from "@/lib/db/client";
import type { CardStateName, ReviewRating } from "@/lib/srs/schedule";

const DAY = 86_400_000;

export interface SyntheticReviewsOptions {
  cards?: number;
  /** Long-term reviews per card after its first day (which has two reviews). */
  reviewsPerCard?: number;
  /** The last review happens before this instant. */
  until?: Date;
  seed?: number;
}

/** Makes a private set of `cards` custom cards owned by the user and a review log for each; returns the number of reviews. */
export async function seedSyntheticReviews(db: Db, userId: string, options: SyntheticReviewsOptions = {}): Promise<{ setId: string; reviews: number }> {
  const { cards = 80, reviewsPerCard = 4, until = new Date(), seed = 7 } = options;
  let state = seed >>> 0 || 1;
  const random = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  const prefix = `syn-${userId.slice(-10)}`;
  const set = await db.cardSet.create({ data: { title: "Synthetic reviews", ownerId: userId }, select: { id: true } });
  await db.card.createMany({
    data: Array.from({ length: cards }, (_, i) => ({
      id: `${prefix}-${i}`, origin: "custom", template: "custom", front: `問 ${i + 1}`, back: `答 ${i + 1}`,
      choices: [], answer: `答 ${i + 1}`, typedAnswers: [], tags: [], ownerId: userId,
    })),
  });
  await db.setCard.createMany({ data: Array.from({ length: cards }, (_, i) => ({ setId: set.id, cardId: `${prefix}-${i}`, position: i })) });

  const logs: {
    id: string; userId: string; cardId: string; idempotencyKey: string; rating: ReviewRating; reviewedAt: Date;
    durationMs: number; stateBefore: CardStateName; scheduledDays: number; due: Date;
  }[] = [];
  const span = (reviewsPerCard + 2) * 40 * DAY;
  for (let c = 0; c < cards; c++) {
    const cardId = `${prefix}-${c}`;
    // Study sessions at 10:00 UTC on each card's days; the first day has the new card and one learning step.
    let at = new Date(Math.floor((until.getTime() - span - random() * 60 * DAY) / DAY) * DAY + 10 * 3_600_000);
    const log = (rating: ReviewRating, stateBefore: CardStateName, scheduledDays: number) => {
      const due = new Date(at.getTime() + Math.max(scheduledDays, 0) * DAY + (scheduledDays === 0 ? 600_000 : 0));
      logs.push({ id: `${cardId}-${logs.length}`, userId, cardId, idempotencyKey: `${cardId}-k${logs.length}`, rating, reviewedAt: at, durationMs: 3000 + Math.floor(random() * 4000), stateBefore, scheduledDays, due });
    };
    const firstRecalled = random() < 0.7;
    log(firstRecalled ? "good" : "again", "new", 0);
    at = new Date(at.getTime() + 600_000);
    log("good", "learning", 1);
    // The learner's true memory: stability in days, recall probability (1 + t / 9S)^-1.
    let stability = firstRecalled ? 0.8 : 0.4;
    let stateBefore: CardStateName = "review";
    for (let r = 0; r < reviewsPerCard; r++) {
      const interval = Math.max(1, Math.round(stability * (0.6 + random() * 1.4) * 2));
      at = new Date(at.getTime() + interval * DAY);
      const recalled = random() < 1 / (1 + interval / (9 * stability));
      const rating: ReviewRating = !recalled ? "again" : random() < 0.1 ? "hard" : random() < 0.1 ? "easy" : "good";
      stability = recalled ? stability * (rating === "easy" ? 3.2 : rating === "hard" ? 1.5 : 2.4) : Math.max(0.3, stability * 0.35);
      log(rating, stateBefore, recalled ? Math.round(stability * 2) : 0);
      stateBefore = recalled ? "review" : "relearning";
    }
  }
  await db.reviewLog.createMany({ data: logs });
  return { setId: set.id, reviews: logs.length };
}
