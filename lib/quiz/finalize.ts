// Closing an attempt: by the learner, or by the server once the deadline has passed. The
// server never runs a timer: every read or answer of an attempt first settles expired
// attempts ("lazy auto-submit"), so an expired attempt is submitted with what was answered.
import type { Db } from "@/lib/db/client";
import { needsAutoSubmit } from "./clock";

/**
 * Submits an in-progress attempt once. An automatic submission is dated at the deadline
 * (when the attempt really ended), a learner's at `now`. Returns false if it was already closed.
 */
export async function finalizeAttempt(
  db: Db,
  attempt: { id: string; deadline: Date | null },
  now: Date,
  auto: boolean,
): Promise<boolean> {
  const submittedAt = auto && attempt.deadline ? attempt.deadline : now;
  // One transaction: a submitted attempt always has its score. The close takes the attempt's
  // row lock first; an answer holds the same lock while it writes (answer.ts), so on PostgreSQL
  // an answer either lands before the sum below (and counts) or finds the attempt closed.
  return db.$transaction(async (tx) => {
    const closed = await tx.quizAttempt.updateMany({
      where: { id: attempt.id, status: "in_progress" },
      data: { status: "submitted", submittedAt, autoSubmitted: auto },
    });
    if (closed.count === 0) return false;
    const sum = await tx.attemptQuestion.aggregate({ where: { attemptId: attempt.id }, _sum: { score: true }, _count: { _all: true } });
    await tx.quizAttempt.update({ where: { id: attempt.id }, data: { score: sum._sum.score ?? 0, maxScore: sum._count._all } });
    return true;
  });
}

/** Auto-submits every expired, unsubmitted attempt matching the filter. Returns how many. */
export async function settleExpiredAttempts(
  db: Db,
  filter: { userId?: string; quizId?: string; assignmentId?: string | null | { in: string[] }; id?: string },
  now: Date,
): Promise<number> {
  const expired = await db.quizAttempt.findMany({
    where: { ...filter, status: "in_progress", deadline: { lte: now } },
    select: { id: true, deadline: true },
  });
  let n = 0;
  for (const a of expired) if (needsAutoSubmit({ now, deadline: a.deadline }) && (await finalizeAttempt(db, a, now, true))) n++;
  return n;
}
