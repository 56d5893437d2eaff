// The server owns the clock. A deadline is computed once, when the attempt starts, from the
// quiz's time limit and the assignment's due date, and stored. Every later decision is a pure
// function of (stored state, server now): nothing the client sends takes part, so a reload,
// a second tab or a tampered request cannot gain time. "At the deadline" is already too late.

export interface AttemptDeadlineInput {
  startedAt: Date;
  /** Time limit for the whole quiz, in seconds; absent or null for none. */
  quizLimitSec?: number | null;
  /** The assignment closes then; an attempt never outlives it. */
  assignmentDueAt?: Date | null;
  /**
   * Per-question limit, in seconds. When there is no quiz limit, the attempt still ends
   * questionCount × this after it started, so an abandoned attempt is settled eventually.
   */
  perQuestionLimitSec?: number | null;
  /** How many questions the attempt has (with perQuestionLimitSec). */
  questionCount?: number;
}

function assertDate(d: Date, name: string): void {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) throw new RangeError(`${name} must be a valid Date`);
}

function assertLimit(sec: number, name: string): void {
  if (!Number.isFinite(sec) || sec <= 0) throw new RangeError(`${name} must be a positive number of seconds`);
}

/**
 * The attempt's deadline: the earlier of start + limit and the assignment's due date; null when
 * untimed. Without a quiz limit, per-question limits give one of questionCount × perQuestionLimitSec.
 */
export function attemptDeadline(input: AttemptDeadlineInput): Date | null {
  assertDate(input.startedAt, "startedAt");
  const limits: number[] = [];
  if (input.quizLimitSec != null) {
    assertLimit(input.quizLimitSec, "quizLimitSec");
    limits.push(input.startedAt.getTime() + input.quizLimitSec * 1000);
  } else if (input.perQuestionLimitSec != null) {
    assertLimit(input.perQuestionLimitSec, "perQuestionLimitSec");
    const n = input.questionCount ?? 0;
    if (!Number.isInteger(n) || n <= 0) throw new RangeError("questionCount must be a positive integer with perQuestionLimitSec");
    limits.push(input.startedAt.getTime() + n * input.perQuestionLimitSec * 1000);
  }
  if (input.assignmentDueAt != null) {
    assertDate(input.assignmentDueAt, "assignmentDueAt");
    limits.push(input.assignmentDueAt.getTime());
  }
  return limits.length ? new Date(Math.min(...limits)) : null;
}

export interface QuestionDeadlineInput {
  /** When the server first showed the question (stored then; re-showing it does not reset it). */
  firstShownAt: Date;
  perQuestionLimitSec?: number | null;
  attemptDeadline: Date | null;
}

/** The question's own deadline, never later than the attempt's; null when neither is timed. */
export function questionDeadline(input: QuestionDeadlineInput): Date | null {
  assertDate(input.firstShownAt, "firstShownAt");
  const limits: number[] = [];
  if (input.perQuestionLimitSec != null) {
    assertLimit(input.perQuestionLimitSec, "perQuestionLimitSec");
    limits.push(input.firstShownAt.getTime() + input.perQuestionLimitSec * 1000);
  }
  if (input.attemptDeadline) limits.push(input.attemptDeadline.getTime());
  return limits.length ? new Date(Math.min(...limits)) : null;
}

/** Milliseconds left, never negative; null when there is no deadline. */
export function remainingMs(now: Date, deadline: Date | null): number | null {
  if (!deadline) return null;
  return Math.max(0, deadline.getTime() - now.getTime());
}

/** True from the deadline on: an answer arriving exactly at the deadline is late. */
export function isExpired(now: Date, deadline: Date | null): boolean {
  return deadline !== null && now.getTime() >= deadline.getTime();
}

export type AnswerRefusal = "not_in_attempt" | "attempt_closed" | "already_answered" | "expired";

export type AnswerDecision =
  | { ok: true; remainingMs: number | null }
  | { ok: false; reason: AnswerRefusal; scope?: "attempt" | "question" };

export interface CanAnswerInput {
  now: Date;
  deadline: Date | null;
  questionDeadline?: Date | null;
  alreadyAnswered: boolean;
  /** False when the question id is not one of the attempt's questions. Default true. */
  inAttempt?: boolean;
  /** Set once the attempt has been submitted (by the learner or on expiry). */
  submittedAt?: Date | null;
}

/**
 * Whether an answer may be saved now. Checked in this order: the question belongs to the
 * attempt, the attempt is still open, the question is unanswered, time remains.
 */
export function canAnswer(input: CanAnswerInput): AnswerDecision {
  if (input.inAttempt === false) return { ok: false, reason: "not_in_attempt" };
  if (input.submittedAt) return { ok: false, reason: "attempt_closed" };
  if (input.alreadyAnswered) return { ok: false, reason: "already_answered" };
  if (isExpired(input.now, input.deadline)) return { ok: false, reason: "expired", scope: "attempt" };
  if (input.questionDeadline && isExpired(input.now, input.questionDeadline))
    return { ok: false, reason: "expired", scope: "question" };
  const left = [remainingMs(input.now, input.deadline), remainingMs(input.now, input.questionDeadline ?? null)].filter(
    (x): x is number => x !== null,
  );
  return { ok: true, remainingMs: left.length ? Math.min(...left) : null };
}

export type StartRefusal = "not_open" | "closed" | "no_attempts_left";

export interface CanStartInput {
  now: Date;
  opensAt?: Date | null;
  dueAt?: Date | null;
  attemptsUsed: number;
  /** null or absent for unlimited. */
  attemptsAllowed?: number | null;
  /** Late starts are refused unless the assignment accepts late work. */
  allowLate?: boolean;
}

export function canStartAttempt(input: CanStartInput): { ok: true; late: boolean } | { ok: false; reason: StartRefusal } {
  const t = input.now.getTime();
  if (input.opensAt && t < input.opensAt.getTime()) return { ok: false, reason: "not_open" };
  const late = !!input.dueAt && t >= input.dueAt.getTime();
  if (late && !input.allowLate) return { ok: false, reason: "closed" };
  if (input.attemptsAllowed != null && input.attemptsUsed >= input.attemptsAllowed)
    return { ok: false, reason: "no_attempts_left" };
  return { ok: true, late };
}

/** Time spent on an attempt: from start to submission (or now), never past the deadline. */
export function timeSpentMs(input: { startedAt: Date; submittedAt?: Date | null; now: Date; deadline: Date | null }): number {
  let end = (input.submittedAt ?? input.now).getTime();
  if (input.deadline) end = Math.min(end, input.deadline.getTime());
  return Math.max(0, end - input.startedAt.getTime());
}

/** An attempt that is past its deadline and not submitted must be auto-submitted with what it has. */
export function needsAutoSubmit(input: { now: Date; deadline: Date | null; submittedAt?: Date | null }): boolean {
  return !input.submittedAt && isExpired(input.now, input.deadline);
}
