// An assignment's status for one learner: pure functions of stored facts and `now`.
// Late work is accepted and marked: "late" is completed work finished after the due date.

export const ASSIGNMENT_STATUSES = ["not_open", "not_started", "in_progress", "completed", "late", "missing"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export interface AttemptFacts {
  status: string;
  startedAt: Date;
  submittedAt: Date | null;
  score: number | null;
  maxScore: number | null;
  timeSpentMs: number;
}

export interface QuizOutcome {
  status: AssignmentStatus;
  /** Best submitted attempt (highest percent, earliest on ties). */
  best: AttemptFacts | null;
  percent: number | null;
  attempts: number;
}

export function percentOf(a: { score: number | null; maxScore: number | null }): number {
  return a.maxScore ? Math.round(((a.score ?? 0) / a.maxScore) * 1000) / 10 : 0;
}

export function quizOutcome(input: { now: Date; opensAt: Date; dueAt: Date; attempts: readonly AttemptFacts[] }): QuizOutcome {
  const submitted = input.attempts.filter((a) => a.status === "submitted");
  const best = [...submitted].sort((a, b) => percentOf(b) - percentOf(a) || a.startedAt.getTime() - b.startedAt.getTime())[0] ?? null;
  let status: AssignmentStatus;
  if (best) {
    const onTime = submitted.some((a) => a.startedAt.getTime() < input.dueAt.getTime());
    status = onTime ? "completed" : "late";
  } else if (input.attempts.some((a) => a.status === "in_progress")) status = "in_progress";
  else if (input.now.getTime() < input.opensAt.getTime()) status = "not_open";
  else if (input.now.getTime() >= input.dueAt.getTime()) status = "missing";
  else status = "not_started";
  return { status, best, percent: best ? percentOf(best) : null, attempts: input.attempts.length };
}

export interface StudyOutcome {
  status: AssignmentStatus;
  /** 0..100: share of the target reached. */
  percent: number;
  completedAt: Date | null;
}

/**
 * Study progress. `reviewTimes`: when each counted review happened (sorted or not); for a
 * mastery target, `masteredTimes`: when each mastered card was last reviewed, and `cardCount`.
 */
export function studyOutcome(input: {
  now: Date;
  opensAt: Date;
  dueAt: Date;
  targetReviews: number | null;
  targetMastery: number | null;
  reviewTimes: readonly Date[];
  masteredTimes: readonly Date[];
  cardCount: number;
}): StudyOutcome {
  let needed: number;
  let times: number[];
  if (input.targetReviews != null) {
    needed = Math.max(1, input.targetReviews);
    times = input.reviewTimes.map((d) => d.getTime());
  } else {
    needed = Math.max(1, Math.ceil((input.targetMastery ?? 1) * input.cardCount));
    times = input.masteredTimes.map((d) => d.getTime());
  }
  times.sort((a, b) => a - b);
  const done = times.length;
  const percent = Math.min(100, Math.round((done / needed) * 1000) / 10);
  const completedAt = done >= needed ? new Date(times[needed - 1] as number) : null;
  let status: AssignmentStatus;
  if (completedAt) status = completedAt.getTime() < input.dueAt.getTime() ? "completed" : "late";
  else if (input.now.getTime() < input.opensAt.getTime()) status = "not_open";
  else if (input.now.getTime() >= input.dueAt.getTime()) status = "missing";
  else status = done > 0 ? "in_progress" : "not_started";
  return { status, percent, completedAt };
}
