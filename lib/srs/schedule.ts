// FSRS scheduling as pure functions of (state, rating, now, retention), in the manner of
// Anki's scheduler: no database, no clock of its own. CardState is a plain JSON-safe object
// meant to be stored as a row; the log carries the previous state so undo is a restore.
import { z } from "zod";
import { State, fsrs, generatorParameters, type Card, type FSRS, type Grade, Rating } from "ts-fsrs";

export const REVIEW_RATINGS = ["again", "hard", "good", "easy"] as const;
export type ReviewRating = (typeof REVIEW_RATINGS)[number];
export const reviewRatingSchema = z.enum(REVIEW_RATINGS);

export const CARD_STATE_NAMES = ["new", "learning", "review", "relearning"] as const;
export type CardStateName = (typeof CARD_STATE_NAMES)[number];

/** Desired retention outside this range makes FSRS intervals absurd (days of cramming or years of gaps). */
export const DESIRED_RETENTION_MIN = 0.7;
export const DESIRED_RETENTION_MAX = 0.99;
export const DEFAULT_DESIRED_RETENTION = 0.9;

export interface CardState {
  /** ISO 8601 instant when the card is next due. */
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateName;
  lastReview: string | null;
}

const isoInstant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), "not an ISO date");
const nonNegative = z.number().finite().min(0);

/** Validates a stored or submitted state (e.g. from a DB row or an undo request). */
export const cardStateSchema = z.object({
  due: isoInstant,
  stability: nonNegative,
  difficulty: nonNegative,
  elapsedDays: nonNegative,
  scheduledDays: nonNegative,
  learningSteps: z.number().int().min(0),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.enum(CARD_STATE_NAMES),
  lastReview: isoInstant.nullable(),
});

export interface ReviewLogEntry {
  rating: ReviewRating;
  reviewedAt: string;
  /** State name before the review: what kind of review this was (new, learning, review, relearning). */
  stateBefore: CardStateName;
  /** The full state before the review (null for a card never reviewed); undo restores it. */
  previous: CardState | null;
  /** Days since the previous review, as FSRS saw it. */
  elapsedDays: number;
  scheduledDays: number;
  stability: number;
  difficulty: number;
  due: string;
}

export interface ReviewContext {
  state: CardState | null;
  rating: ReviewRating;
  now: Date;
  desiredRetention: number;
  /**
   * Spread intervals a little so cards learned together do not stay due together (Anki's
   * fuzz). Deterministic: ts-fsrs seeds it from the review time and the card's state.
   * Default true.
   */
  fuzz?: boolean;
  /** The learner's FSRS weights (lib/srs/parameters.ts); null or absent: ts-fsrs's defaults. */
  parameters?: readonly number[] | null;
}

const STATE_TO_NAME: Record<State, CardStateName> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};
const NAME_TO_STATE: Record<CardStateName, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};
const RATING_TO_GRADE: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const schedulers = new Map<string, FSRS>();
/** Schedulers kept; each learner with their own weights adds one per retention. */
const SCHEDULER_CACHE_SIZE = 512;

// The review path passes the same frozen array for the same stored weights (lib/srs/parameters.ts):
// its key is computed once (weight arrays are never mutated).
const weightsKeys = new WeakMap<readonly number[], string>();
function weightsKey(parameters: readonly number[]): string {
  let key = weightsKeys.get(parameters);
  if (key === undefined) {
    key = parameters.join(",");
    weightsKeys.set(parameters, key);
  }
  return key;
}

/** One scheduler per (retention, fuzz, weights); FSRS-6 weights (the defaults unless given) and default learning steps. */
function schedulerFor(desiredRetention: number, fuzz: boolean, parameters?: readonly number[] | null): FSRS {
  if (
    !Number.isFinite(desiredRetention) ||
    desiredRetention < DESIRED_RETENTION_MIN ||
    desiredRetention > DESIRED_RETENTION_MAX
  )
    throw new RangeError(
      `desiredRetention must be between ${DESIRED_RETENTION_MIN} and ${DESIRED_RETENTION_MAX}, got ${desiredRetention}`,
    );
  const id = `${desiredRetention}:${fuzz}:${parameters ? weightsKey(parameters) : "default"}`;
  let scheduler = schedulers.get(id);
  if (!scheduler) {
    scheduler = fsrs(generatorParameters({ request_retention: desiredRetention, enable_fuzz: fuzz, ...(parameters ? { w: [...parameters] } : {}) }));
    if (schedulers.size >= SCHEDULER_CACHE_SIZE) schedulers.delete(schedulers.keys().next().value!);
    schedulers.set(id, scheduler);
  }
  return scheduler;
}

/** The state of a card never reviewed, due at `now`. */
export function newCardState(now: Date): CardState {
  return {
    due: now.toISOString(),
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: "new",
    lastReview: null,
  };
}

function toFsrsCard(state: CardState): Card {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: NAME_TO_STATE[state.state],
    ...(state.lastReview ? { last_review: new Date(state.lastReview) } : {}),
  };
}

function fromFsrsCard(card: Card): CardState {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_TO_NAME[card.state],
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  };
}

function assertValidNow(now: Date): void {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new RangeError("now must be a valid Date");
}

/** Grades a card: the next state and a log entry holding the state it replaced. */
export function reviewCard(ctx: ReviewContext): { next: CardState; log: ReviewLogEntry } {
  assertValidNow(ctx.now);
  const grade = RATING_TO_GRADE[ctx.rating];
  if (grade === undefined) throw new RangeError(`unknown rating: ${String(ctx.rating)}`);
  const scheduler = schedulerFor(ctx.desiredRetention, ctx.fuzz ?? true, ctx.parameters);
  const before = ctx.state ?? newCardState(ctx.now);
  const { card, log } = scheduler.next(toFsrsCard(before), ctx.now, grade);
  const next = fromFsrsCard(card);
  return {
    next,
    log: {
      rating: ctx.rating,
      reviewedAt: ctx.now.toISOString(),
      stateBefore: before.state,
      previous: ctx.state ? { ...ctx.state } : null,
      elapsedDays: log.elapsed_days,
      scheduledDays: next.scheduledDays,
      stability: next.stability,
      difficulty: next.difficulty,
      due: next.due,
    },
  };
}

/** Undo: the state to put back (null means "never reviewed": delete the state row). */
export function undoReview(log: Pick<ReviewLogEntry, "previous">): CardState | null {
  return log.previous ? { ...log.previous } : null;
}

export interface IntervalPreview {
  due: string;
  /** Milliseconds from `now` to `due`. */
  intervalMs: number;
  /** Short label for the button: "1分", "10分", "3日", "2.1か月", "1.5年". */
  label: string;
}

/** What each of the four buttons would schedule, for the button labels. */
export function previewIntervals(
  state: CardState | null,
  now: Date,
  desiredRetention: number,
  fuzz = true,
  parameters: readonly number[] | null = null,
): Record<ReviewRating, IntervalPreview> {
  const out = {} as Record<ReviewRating, IntervalPreview>;
  for (const rating of REVIEW_RATINGS) {
    const { next } = reviewCard({ state, rating, now, desiredRetention, fuzz, parameters });
    const intervalMs = Date.parse(next.due) - now.getTime();
    out[rating] = { due: next.due, intervalMs, label: formatInterval(intervalMs) };
  }
  return out;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const UNITS = {
  ja: { min: "分", hour: "時間", day: "日", month: "か月", year: "年" },
  en: { min: " min", hour: " h", day: " d", month: " mo", year: " y" },
} as const;

/** Anki-style short interval ("10分" / "10 min"), rounded to what a learner cares about. */
export function formatInterval(ms: number, locale: "ja" | "en" = "ja"): string {
  const u = UNITS[locale];
  const oneDecimal = (x: number) => String(Math.round(x * 10) / 10);
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))}${u.min}`;
  if (ms < DAY) return `${oneDecimal(ms / HOUR)}${u.hour}`;
  if (ms < 30 * DAY) return `${Math.round(ms / DAY)}${u.day}`;
  if (ms < 365 * DAY) return `${oneDecimal(ms / (30 * DAY))}${u.month}`;
  return `${oneDecimal(ms / (365 * DAY))}${u.year}`;
}

/** Probability of recall now (0..1), for retention charts; null for a card never reviewed. */
export function retrievability(
  state: CardState,
  now: Date,
  desiredRetention = DEFAULT_DESIRED_RETENTION,
  parameters: readonly number[] | null = null,
): number | null {
  if (state.state === "new" || !state.lastReview) return null;
  return schedulerFor(desiredRetention, false, parameters).get_retrievability(toFsrsCard(state), now, false);
}
