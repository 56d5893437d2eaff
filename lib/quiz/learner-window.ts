// When one learner may work on an assignment, and when a quiz's answers may be shown to them.
// A per-learner extension replaces the due date; late work is accepted only when the assignment
// says so (lateUntil, off by default) and only until then. Answers are released only once the
// learner can no longer attempt: otherwise reading them would help the next attempt.
// Pure functions of stored facts and `now`.
import { canStartAttempt } from "./clock";

export interface AssignmentTimes {
  opensAt: Date;
  dueAt: Date;
  lateUntil: Date | null;
}

export interface LearnerWindow {
  opensAt: Date;
  /** The learner's due date: their extension, or the assignment's. */
  dueAt: Date;
  /** Late starts are accepted before this (null: no late work). Always after dueAt. */
  lateUntil: Date | null;
  extended: boolean;
}

export function learnerWindow(a: AssignmentTimes, extensionDueAt: Date | null | undefined): LearnerWindow {
  const dueAt = extensionDueAt ?? a.dueAt;
  const lateUntil = a.lateUntil && a.lateUntil.getTime() > dueAt.getTime() ? a.lateUntil : null;
  return { opensAt: a.opensAt, dueAt, lateUntil, extended: !!extensionDueAt };
}

export function acceptsLateAt(w: LearnerWindow, now: Date): boolean {
  return w.lateUntil !== null && now.getTime() < w.lateUntil.getTime();
}

export interface AttemptCount {
  attemptsUsed: number;
  attemptsAllowed: number | null;
  /** An attempt is open: the learner is still attempting. */
  hasOpenAttempt: boolean;
}

/** The start decision for this learner now (see lib/quiz/clock.ts canStartAttempt). */
export function startDecision(w: LearnerWindow, c: AttemptCount, now: Date) {
  return canStartAttempt({ now, opensAt: w.opensAt, dueAt: w.dueAt, attemptsUsed: c.attemptsUsed, attemptsAllowed: c.attemptsAllowed, allowLate: acceptsLateAt(w, now) });
}

/** True while the learner has an open attempt or may start another one (now or once it opens). */
export function canStillAttempt(w: LearnerWindow, c: AttemptCount, now: Date): boolean {
  if (c.hasOpenAttempt) return true;
  const d = startDecision(w, c, now);
  return d.ok || d.reason === "not_open";
}

export type AnswerPolicy = "after_submit" | "after_due" | "never" | string;

/**
 * Whether the right answers of a submitted attempt are shown to its learner. Staff always see
 * them. Within an assignment, never while the learner can still attempt; "after_due" also waits
 * for the learner's own due date. Outside an assignment (the author trying a quiz, or a
 * learner's own practice) "after_submit" and "after_due" show them at once.
 */
export function answersReleased(input: { policy: AnswerPolicy; staff: boolean; now: Date; assignment: { window: LearnerWindow; attempts: AttemptCount } | null }): boolean {
  if (input.staff) return true;
  if (input.policy === "never") return false;
  if (!input.assignment) return input.policy === "after_submit" || input.policy === "after_due";
  const { window, attempts } = input.assignment;
  if (canStillAttempt(window, attempts, input.now)) return false;
  if (input.policy === "after_due") return input.now.getTime() >= window.dueAt.getTime();
  return input.policy === "after_submit";
}
