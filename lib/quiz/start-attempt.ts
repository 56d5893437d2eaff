// Starts an attempt, or resumes the one already in progress (a reload or a second tab gets
// the same attempt and the same stored deadline). The deadline is fixed here, from the
// quiz's (or assignment's) time limit — or, without one, questions × the per-question limit —
// and the assignment's due date, and never changes.
import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { isActiveMember } from "@/lib/classes/guards";
import { acceptsLateAt, type LearnerWindow } from "@/lib/quiz/learner-window";
import { loadLearnerWindow } from "@/lib/quiz/load-standing";
import type { QuizQuestion } from "./assemble";
import { questionsForAttempt } from "./attempt-questions";
import { attemptDeadline, canStartAttempt, needsAutoSubmit } from "./clock";
import { settleExpiredAttempts } from "./finalize";
import type { Viewer } from "@/lib/auth/viewer";
import { attemptsOf, insertAttempt } from "@/lib/db/quiz-store";

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
  let assignment: { id: string; timeLimitSec: number | null; window: LearnerWindow } | null = null;
  if (assignmentId) {
    const a = await db.assignment.findUnique({
      where: { id: assignmentId },
      select: { id: true, classId: true, kind: true, quizId: true, opensAt: true, dueAt: true, lateUntil: true, timeLimitSec: true },
    });
    if (!a || a.kind !== "quiz" || a.quizId !== quiz.id || !(await isActiveMember(db, viewer.id, a.classId))) {
      throw new HttpError(404, "assignment_not_found", "No such assignment.");
    }
    assignment = { id: a.id, timeLimitSec: a.timeLimitSec, window: await loadLearnerWindow(db, a, viewer.id) };
  } else if (quiz.ownerId !== viewer.id) {
    // Outside an assignment only the quiz's author may take it (to try it out).
    throw quizNotFound();
  }

  const mine = { quizId: quiz.id, userId: viewer.id, assignmentId };
  let questions: QuizQuestion[] | null = null;
  let seed = "";
  // Two tabs starting at once both count the same attempts and so compute the same attempt id
  // (attemptSlotId): the primary key lets exactly one of them create it, and the other resumes
  // it. A slot held by an older, closed attempt (one was deleted since) is skipped.
  for (let skip = 0; skip < MAX_SLOT_TRIES; skip++) {
    // One read of this learner's attempts (the driver directly: a class starts at once).
    let attempts = await attemptsOf(db, mine);
    if (attempts.some((a) => a.status === "in_progress" && needsAutoSubmit({ now, deadline: a.deadline }))) {
      await settleExpiredAttempts(db, mine, now);
      attempts = await attemptsOf(db, mine);
    }
    const open = attempts.find((a) => a.status === "in_progress");
    if (open) return { attemptId: open.id, resumed: true };

    const used = attempts.length;
    const decision = canStartAttempt({
      now,
      opensAt: assignment?.window.opensAt,
      // The learner's own due date (an extension replaces the assignment's).
      dueAt: assignment?.window.dueAt,
      attemptsUsed: used,
      attemptsAllowed: quiz.attemptsAllowed,
      // Late starts only when the assignment accepts late work, and only until its late cut-off.
      allowLate: !!assignment && acceptsLateAt(assignment.window, now),
    });
    if (!decision.ok) {
      const status = decision.reason === "no_attempts_left" ? 409 : 403;
      const message = { no_attempts_left: "No attempts left.", not_open: "This quiz is not open yet.", closed: "This quiz is closed." }[decision.reason];
      throw new HttpError(status, decision.reason, message);
    }
    if (!questions) {
      seed = crypto.randomBytes(12).toString("base64url");
      questions = await questionsForAttempt(db, quiz, seed);
      if (questions.length === 0) throw new HttpError(422, "no_questions", "This quiz has no questions left.");
    }
    const deadline = attemptDeadline({
      startedAt: now,
      quizLimitSec: assignment?.timeLimitSec ?? quiz.timeLimitSec,
      // Without a quiz limit, per-question limits still end the attempt (an abandoned one is settled).
      perQuestionLimitSec: quiz.perQuestionSec,
      questionCount: questions.length,
      // A late start is cut off at the late-work limit instead of the (past) due date, and marked late.
      assignmentDueAt: decision.late ? assignment?.window.lateUntil : assignment?.window.dueAt,
    });
    const id = attemptSlotId(mine, used + 1 + skip);
    const created = await insertAttempt(
      db,
      { id, ...mine, startedAt: now, deadline, seed, questions: questions.map((q) => ({ questionId: q.id, question: q, cardId: q.cardKey })) },
      now,
    );
    if (created) return { attemptId: id, resumed: false };
    // Taken: by a concurrent start (found open on the next pass) or by an older attempt.
  }
  throw new HttpError(409, "start_conflict", "Could not start the attempt; try again.");
}

const MAX_SLOT_TRIES = 4;

/**
 * The id of a learner's n-th attempt at a quiz (within an assignment, or outside any): the same
 * for every request that counts the same attempts, so concurrent starts collide on the key.
 */
export function attemptSlotId(key: { quizId: string; userId: string; assignmentId: string | null }, n: number): string {
  const digest = crypto.createHash("sha256").update(JSON.stringify([key.quizId, key.userId, key.assignmentId, n])).digest("base64url");
  return `qa${digest.slice(0, 24)}`;
}
