// Quizzes an instructor wrote, and one quiz for its page.
import type { Db } from "@/lib/db/client";
import { settleExpiredAttempts } from "./finalize";
import { quizNotFound } from "./start-attempt";
import type { Viewer } from "@/lib/auth/viewer";

export async function listOwnQuizzes(db: Db, viewer: Viewer) {
  return db.quiz.findMany({
    // Practice quizzes are listed as the owner's practice (lib/quiz/list-practice.ts), never offered for assigning.
    where: { ownerId: viewer.id, practice: false },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, questionCount: true, timeLimitSec: true, perQuestionSec: true, attemptsAllowed: true, set: { select: { title: true } } },
  });
}

/** The quiz's page: its author sees it with their own attempts. */
export async function getOwnQuiz(db: Db, viewer: Viewer, quizId: string, now: Date) {
  const quiz = await db.quiz.findUnique({ where: { id: quizId }, include: { set: { select: { title: true } } } });
  if (!quiz || quiz.ownerId !== viewer.id) throw quizNotFound();
  await settleExpiredAttempts(db, { quizId, userId: viewer.id }, now);
  const attempts = await db.quizAttempt.findMany({
    where: { quizId, userId: viewer.id, assignmentId: null },
    orderBy: { startedAt: "desc" },
    select: { id: true, status: true, startedAt: true, score: true, maxScore: true },
  });
  return { quiz, attempts };
}
