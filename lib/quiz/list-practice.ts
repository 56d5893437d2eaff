// A learner's practice history: their practice quizzes, newest first, each with its attempts.
import type { Db } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import { settleExpiredAttempts } from "./finalize";

export async function listPracticeQuizzes(db: Db, viewer: Viewer, now: Date, limit = 30) {
  await settleExpiredAttempts(db, { userId: viewer.id, assignmentId: null }, now);
  return db.quiz.findMany({
    where: { ownerId: viewer.id, practice: true },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true, title: true, questionCount: true, timeLimitSec: true, kinds: true, createdAt: true,
      attempts: {
        where: { userId: viewer.id, assignmentId: null },
        orderBy: { startedAt: "desc" },
        select: { id: true, status: true, startedAt: true, score: true, maxScore: true },
      },
    },
  });
}
