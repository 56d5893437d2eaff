// Starts an attempt, or resumes the one already in progress (a reload or a second tab gets
// the same attempt and the same stored deadline). The deadline is fixed here, from the
// quiz's (or assignment's) time limit and the assignment's due date, and never changes.
import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { isActiveMember } from "@/lib/classes/guards";
import { assembleQuiz } from "./assemble";
import { loadQuizCards } from "./cards";
import { attemptDeadline, canStartAttempt } from "./clock";
import { quizKinds } from "./create-quiz";
import { settleExpiredAttempts } from "./finalize";
import type { Viewer } from "./viewer";
import { toJson } from "@/lib/db/json";

export const quizNotFound = () => new HttpError(404, "quiz_not_found", "No such quiz.");

export interface StartAttemptInput {
  quizId: string;
  /** Taking the quiz as a class assignment; absent when the quiz's owner tries it out. */
  assignmentId?: string | null;
}

export async function startAttempt(db: Db, viewer: Viewer, input: StartAttemptInput, now: Date) {
  const quiz = await db.quiz.findUnique({ where: { id: input.quizId } });
  if (!quiz) throw quizNotFound();
  const assignmentId = input.assignmentId ?? null;
  let assignment: { id: string; dueAt: Date; opensAt: Date; timeLimitSec: number | null } | null = null;
  if (assignmentId) {
    const a = await db.assignment.findUnique({
      where: { id: assignmentId },
      select: { id: true, classId: true, kind: true, quizId: true, opensAt: true, dueAt: true, timeLimitSec: true },
    });
    if (!a || a.kind !== "quiz" || a.quizId !== quiz.id || !(await isActiveMember(db, viewer.id, a.classId))) {
      throw new HttpError(404, "assignment_not_found", "No such assignment.");
    }
    assignment = a;
  } else if (quiz.ownerId !== viewer.id) {
    // Outside an assignment only the quiz's author may take it (to try it out).
    throw quizNotFound();
  }

  const mine = { quizId: quiz.id, userId: viewer.id, assignmentId };
  await settleExpiredAttempts(db, mine, now);
  const open = await db.quizAttempt.findFirst({ where: { ...mine, status: "in_progress" }, orderBy: { startedAt: "asc" }, select: { id: true } });
  if (open) return { attemptId: open.id, resumed: true };

  const used = await db.quizAttempt.count({ where: mine });
  const decision = canStartAttempt({
    now,
    opensAt: assignment?.opensAt,
    dueAt: assignment?.dueAt,
    attemptsUsed: used,
    attemptsAllowed: quiz.attemptsAllowed,
    // Late work is accepted and marked late (it is never silently dropped).
    allowLate: true,
  });
  if (!decision.ok) {
    const status = decision.reason === "no_attempts_left" ? 409 : 403;
    throw new HttpError(status, decision.reason, decision.reason === "no_attempts_left" ? "No attempts left." : "This quiz is not open.");
  }
  const deadline = attemptDeadline({
    startedAt: now,
    quizLimitSec: assignment?.timeLimitSec ?? quiz.timeLimitSec,
    // A late start is not cut off at the (past) due date; it gets the time limit and is marked late.
    assignmentDueAt: decision.late ? null : assignment?.dueAt,
  });
  const seed = crypto.randomBytes(12).toString("base64url");
  const questions = assembleQuiz({ cards: await loadQuizCards(db, quiz.setId), count: quiz.questionCount, kinds: quizKinds(quiz.kinds), shuffle: quiz.shuffle, seed });
  if (questions.length === 0) throw new HttpError(422, "no_questions", "This quiz has no questions left.");

  const created = await db.quizAttempt.create({
    data: {
      ...mine,
      status: "in_progress",
      startedAt: now,
      deadline,
      seed,
      maxScore: questions.length,
      questions: {
        create: questions.map((q, position) => ({
          questionId: q.id,
          position,
          question: toJson(q),
          cardId: q.cardKey,
        })),
      },
    },
    select: { id: true },
  });

  // Two tabs starting at once: the oldest open attempt wins and the others are withdrawn, and
  // an attempt that took the count past the limit is withdrawn too — nothing extra survives.
  const [openNow, total] = await Promise.all([
    db.quizAttempt.findMany({ where: { ...mine, status: "in_progress" }, orderBy: [{ startedAt: "asc" }, { id: "asc" }], select: { id: true } }),
    db.quizAttempt.count({ where: mine }),
  ]);
  const winner = openNow[0]?.id ?? created.id;
  if (winner !== created.id) {
    await db.quizAttempt.delete({ where: { id: created.id } });
    return { attemptId: winner, resumed: true };
  }
  if (quiz.attemptsAllowed != null && total > quiz.attemptsAllowed) {
    await db.quizAttempt.delete({ where: { id: created.id } });
    throw new HttpError(409, "no_attempts_left", "No attempts left.");
  }
  return { attemptId: created.id, resumed: false };
}
