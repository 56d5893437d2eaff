// Each learner's outcome on each assignment, loaded in a few queries (not per cell). Reading
// progress settles expired quiz attempts first, so a gradebook never shows a stale attempt.
import type { Db } from "@/lib/db/client";
import { timeSpentMs } from "@/lib/quiz/clock";
import { settleExpiredAttempts } from "@/lib/quiz/finalize";
import { learnerWindow } from "@/lib/quiz/learner-window";
import { quizOutcome, studyOutcome, type AssignmentStatus, type AttemptFacts } from "./status";

/** A card counts as mastered once FSRS schedules it three weeks or more ahead (Anki's "mature"). */
export const MASTERED_DAYS = 21;

export interface AssignmentRow {
  id: string;
  kind: string;
  title: string;
  setId: string | null;
  quizId: string | null;
  opensAt: Date;
  dueAt: Date;
  lateUntil: Date | null;
  timeLimitSec: number | null;
  targetReviews: number | null;
  targetMastery: number | null;
}

export interface Cell {
  assignmentId: string;
  userId: string;
  status: AssignmentStatus;
  /** Quiz: best percent; study: share of the target reached. null when nothing submitted. */
  percent: number | null;
  timeSpentMs: number;
  attempts: number;
  bestAttemptId: string | null;
  late: boolean;
  /** This learner's due date (an extension, or the assignment's). */
  dueAt: Date;
  extended: boolean;
}

const key = (a: string, u: string) => `${a}\u0000${u}`;

export async function loadProgress(db: Db, assignments: readonly AssignmentRow[], userIds: readonly string[], now: Date): Promise<Map<string, Cell>> {
  const cells = new Map<string, Cell>();
  if (!assignments.length || !userIds.length) return cells;
  const extensionRows = await db.assignmentExtension.findMany({
    where: { assignmentId: { in: assignments.map((a) => a.id) }, userId: { in: [...userIds] } },
    select: { assignmentId: true, userId: true, dueAt: true },
  });
  const extensions = new Map(extensionRows.map((e) => [key(e.assignmentId, e.userId), e.dueAt]));
  const windowOf = (a: AssignmentRow, userId: string) => learnerWindow(a, extensions.get(key(a.id, userId)));
  const quizAssignments = assignments.filter((a) => a.kind === "quiz");
  const studyAssignments = assignments.filter((a) => a.kind === "study" && a.setId);

  if (quizAssignments.length) {
    const ids = quizAssignments.map((a) => a.id);
    await settleExpiredAttempts(db, { assignmentId: { in: ids } }, now);
    const attempts = await db.quizAttempt.findMany({
      where: { assignmentId: { in: ids }, userId: { in: [...userIds] } },
      select: { id: true, assignmentId: true, userId: true, status: true, startedAt: true, submittedAt: true, deadline: true, score: true, maxScore: true },
    });
    for (const a of quizAssignments) {
      for (const userId of userIds) {
        const mine = attempts.filter((x) => x.assignmentId === a.id && x.userId === userId);
        const facts: (AttemptFacts & { id: string })[] = mine.map((x) => ({
          id: x.id, status: x.status, startedAt: x.startedAt, submittedAt: x.submittedAt, score: x.score, maxScore: x.maxScore,
          timeSpentMs: timeSpentMs({ startedAt: x.startedAt, submittedAt: x.submittedAt, now, deadline: x.deadline }),
        }));
        const w = windowOf(a, userId);
        const o = quizOutcome({ now, opensAt: a.opensAt, dueAt: w.dueAt, attempts: facts });
        const best = o.best as (AttemptFacts & { id: string }) | null;
        cells.set(key(a.id, userId), {
          assignmentId: a.id, userId, status: o.status, percent: o.percent, attempts: o.attempts,
          timeSpentMs: facts.reduce((s, f) => s + f.timeSpentMs, 0), bestAttemptId: best?.id ?? null, late: o.status === "late",
          dueAt: w.dueAt, extended: w.extended,
        });
      }
    }
  }

  for (const a of studyAssignments) {
    const setCards = await db.setCard.findMany({ where: { setId: a.setId! }, select: { cardId: true } });
    const cardIds = setCards.map((c) => c.cardId);
    const [reviews, states] = await Promise.all([
      db.reviewLog.findMany({
        where: { userId: { in: [...userIds] }, cardId: { in: cardIds }, undoneAt: null, reviewedAt: { gte: a.opensAt } },
        select: { userId: true, reviewedAt: true, durationMs: true },
      }),
      a.targetMastery != null
        ? db.cardState.findMany({
            where: { userId: { in: [...userIds] }, cardId: { in: cardIds }, state: "review", scheduledDays: { gte: MASTERED_DAYS } },
            select: { userId: true, lastReview: true, updatedAt: true },
          })
        : Promise.resolve([]),
    ]);
    for (const userId of userIds) {
      const mine = reviews.filter((r) => r.userId === userId);
      const w = windowOf(a, userId);
      const o = studyOutcome({
        now, opensAt: a.opensAt, dueAt: w.dueAt, targetReviews: a.targetReviews, targetMastery: a.targetMastery,
        reviewTimes: mine.map((r) => r.reviewedAt),
        masteredTimes: states.filter((s) => s.userId === userId).map((s) => s.lastReview ?? s.updatedAt),
        cardCount: cardIds.length,
      });
      cells.set(key(a.id, userId), {
        assignmentId: a.id, userId, status: o.status, percent: o.percent, attempts: mine.length,
        timeSpentMs: mine.reduce((s, r) => s + Math.max(0, r.durationMs), 0), bestAttemptId: null, late: o.status === "late",
        dueAt: w.dueAt, extended: w.extended,
      });
    }
  }
  return cells;
}

export function cellOf(cells: Map<string, Cell>, assignmentId: string, userId: string): Cell | undefined {
  return cells.get(key(assignmentId, userId));
}
