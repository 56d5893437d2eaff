// Anki's 「最適化」: fit FSRS weights to one learner's own review log and say what would change.
// Nothing is stored here: the learner applies the proposal (lib/study/apply-parameters.ts)
// after reading it. docs/decisions/0013-fsrs-optimizer.md.
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import {
  DEFAULT_FSRS_PARAMETERS,
  ENABLE_SHORT_TERM,
  MIN_REVIEWS_TO_OPTIMIZE,
  NUM_RELEARNING_STEPS,
  normalizeParameters,
  parseStoredParameters,
} from "@/lib/srs/parameters";
import { reviewHistoryItems, type HistoryReview } from "@/lib/srs/review-history";
import type { CardStateName, ReviewRating } from "@/lib/srs/schedule";
import { typicalIntervals } from "@/lib/srs/typical-intervals";
import { countReviews } from "./count-reviews";
import { loadOptimizer, type OptimizerBinding } from "./load-optimizer";

/** The newest reviews read for one fit; more adds time without changing the fit much. */
export const MAX_REVIEWS_READ = 200_000;

export interface ParameterSet {
  parameters: number[];
  /** How well these weights predict the learner's recalls (lower is better; in-sample, as Anki's 「評価」). */
  logLoss: number;
  rmse: number;
  /** Days between reviews for a card answered 「普通」 each time (lib/srs/typical-intervals.ts). */
  intervals: number[];
}

export interface OptimizationProposal {
  reviewCount: number;
  /** Training items the log gave (one per review after a card's first, with a day or more between some two). */
  itemCount: number;
  current: ParameterSet & { isDefault: boolean };
  proposed: ParameterSet;
}

function notEnough(reviewCount: number): HttpError {
  return new HttpError(422, "not_enough_reviews", `At least ${MIN_REVIEWS_TO_OPTIMIZE} reviews are needed.`, { reviews: reviewCount, minimum: MIN_REVIEWS_TO_OPTIMIZE });
}

// One fit at a time per process: it is CPU work beside the web server's requests.
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

function evaluate(binding: OptimizerBinding, items: InstanceType<OptimizerBinding["FSRSBindingItem"]>[], parameters: readonly number[]) {
  const { logLoss, rmseBins } = new binding.FSRSBinding([...parameters]).evaluate(items);
  return { logLoss: Math.round(logLoss * 10_000) / 10_000, rmse: Math.round(rmseBins * 10_000) / 10_000 };
}

export function toBindingItems(binding: OptimizerBinding, items: HistoryReview[][]) {
  return items.map((item) => new binding.FSRSBindingItem(item.map((r) => new binding.FSRSBindingReview(r.rating, r.deltaT))));
}

export async function optimizeParameters(db: Db, userId: string): Promise<OptimizationProposal> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true, desiredRetention: true, fsrsParameters: true } });
  if (!user) throw new HttpError(401, "unauthenticated", "Sign in first.");
  const reviewCount = await countReviews(db, userId);
  if (reviewCount < MIN_REVIEWS_TO_OPTIMIZE) throw notEnough(reviewCount);
  const logs = await db.reviewLog.findMany({
    where: { userId, undoneAt: null },
    orderBy: { reviewedAt: "desc" },
    take: MAX_REVIEWS_READ,
    select: { id: true, cardId: true, rating: true, reviewedAt: true, stateBefore: true },
  });
  const history = reviewHistoryItems(
    logs.map((l) => ({ ...l, rating: l.rating as ReviewRating, stateBefore: l.stateBefore as CardStateName })),
    user.timeZone,
  );
  if (history.length === 0) throw notEnough(reviewCount);

  const binding = await loadOptimizer();
  return oneAtATime(async () => {
    const items = toBindingItems(binding, history);
    const raw = await binding.computeParameters(items, { enableShortTerm: ENABLE_SHORT_TERM, numRelearningSteps: NUM_RELEARNING_STEPS });
    const proposed = normalizeParameters(raw);
    const stored = parseStoredParameters(user.fsrsParameters);
    const current = [...(stored ?? DEFAULT_FSRS_PARAMETERS)];
    return {
      reviewCount,
      itemCount: items.length,
      current: { parameters: current, isDefault: stored === null, ...evaluate(binding, items, current), intervals: typicalIntervals(current, user.desiredRetention) },
      proposed: { parameters: proposed, ...evaluate(binding, items, proposed), intervals: typicalIntervals(proposed, user.desiredRetention) },
    };
  });
}
