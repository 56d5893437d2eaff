// The learner submits. Submitting an attempt already closed (by another tab or at the
// deadline) is harmless and reports how it was closed.
import type { Db } from "@/lib/db/client";
import { needsAutoSubmit } from "./clock";
import { finalizeAttempt } from "./finalize";
import { attemptNotFound } from "./attempt-view";
import type { Viewer } from "@/lib/auth/viewer";

export async function submitAttempt(db: Db, viewer: Viewer, attemptId: string, now: Date) {
  const attempt = await db.quizAttempt.findUnique({ where: { id: attemptId }, select: { id: true, userId: true, status: true, deadline: true } });
  if (!attempt || attempt.userId !== viewer.id) throw attemptNotFound();
  if (attempt.status === "in_progress") {
    await finalizeAttempt(db, attempt, now, needsAutoSubmit({ now, deadline: attempt.deadline }));
  }
  const done = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { status: true, autoSubmitted: true, score: true, maxScore: true } });
  return { attemptId, ...done };
}
