// One learner's standing on a quiz assignment: their window (extension, late rule) and their
// attempts, read in two small queries. Used by the start, the results and the assignment page.
import type { Db } from "@/lib/db/client";
import { learnerWindow, type AssignmentTimes, type AttemptCount, type LearnerWindow } from "./learner-window";

export async function loadLearnerWindow(db: Db, a: AssignmentTimes & { id: string }, userId: string): Promise<LearnerWindow> {
  const ext = await db.assignmentExtension.findUnique({ where: { assignmentId_userId: { assignmentId: a.id, userId } }, select: { dueAt: true } });
  return learnerWindow(a, ext?.dueAt ?? null);
}

export async function loadAttemptCount(db: Db, assignmentId: string, quizId: string, userId: string, attemptsAllowed: number | null): Promise<AttemptCount> {
  const rows = await db.quizAttempt.findMany({ where: { assignmentId, quizId, userId }, select: { status: true } });
  return { attemptsUsed: rows.length, attemptsAllowed, hasOpenAttempt: rows.some((r) => r.status === "in_progress") };
}
