// What the learner sees of an attempt in progress: one question at a time (the first one
// not yet answered whose own time has not run out), the remaining time computed from the
// stored deadline and the server's clock. Reading it settles an expired attempt first.
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { isExpired, needsAutoSubmit, questionDeadline, remainingMs } from "./clock";
import { finalizeAttempt } from "./finalize";
import { publicQuestion, storedQuestion, type PublicQuestion } from "./stored";
import type { Viewer } from "@/lib/auth/viewer";

export const attemptNotFound = () => new HttpError(404, "attempt_not_found", "No such attempt.");

export interface AttemptView {
  attemptId: string;
  quizTitle: string;
  assignmentId: string | null;
  status: "in_progress" | "submitted";
  total: number;
  answered: number;
  /** 0-based position of the current question; null when none is left to answer. */
  position: number | null;
  question: PublicQuestion | null;
  /** Milliseconds left on the whole attempt / the current question; null when untimed. */
  remainingMs: number | null;
  questionRemainingMs: number | null;
  deadline: string | null;
  serverNow: string;
}

export async function getAttemptView(db: Db, viewer: Viewer, attemptId: string, now: Date): Promise<AttemptView> {
  const attempt = await db.quizAttempt.findUnique({
    where: { id: attemptId },
    select: {
      id: true, userId: true, status: true, deadline: true, assignmentId: true,
      quiz: { select: { title: true, perQuestionSec: true } },
      questions: { orderBy: { position: "asc" }, select: { questionId: true, position: true, question: true, shownAt: true, answeredAt: true } },
    },
  });
  if (!attempt || attempt.userId !== viewer.id) throw attemptNotFound();
  let status = attempt.status as AttemptView["status"];
  if (status === "in_progress" && needsAutoSubmit({ now, deadline: attempt.deadline })) {
    await finalizeAttempt(db, attempt, now, true);
    status = "submitted";
  }
  const base = {
    attemptId: attempt.id,
    quizTitle: attempt.quiz.title,
    assignmentId: attempt.assignmentId,
    total: attempt.questions.length,
    answered: attempt.questions.filter((q) => q.answeredAt).length,
    deadline: attempt.deadline?.toISOString() ?? null,
    serverNow: now.toISOString(),
  };
  if (status === "submitted") {
    return { ...base, status, position: null, question: null, remainingMs: 0, questionRemainingMs: null };
  }
  const perQuestionSec = attempt.quiz.perQuestionSec;
  const qDeadline = (shownAt: Date) => questionDeadline({ firstShownAt: shownAt, perQuestionLimitSec: perQuestionSec, attemptDeadline: attempt.deadline });
  const current = attempt.questions.find((q) => !q.answeredAt && !(q.shownAt && perQuestionSec && isExpired(now, qDeadline(q.shownAt))));
  let questionRemaining: number | null = null;
  if (current) {
    let shownAt = current.shownAt;
    if (!shownAt) {
      // Stored the first time the question is shown; showing it again does not reset its clock.
      const marked = await db.attemptQuestion.updateMany({
        where: { attemptId: attempt.id, questionId: current.questionId, shownAt: null },
        data: { shownAt: now },
      });
      shownAt = marked.count
        ? now
        : (await db.attemptQuestion.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: attempt.id, questionId: current.questionId } }, select: { shownAt: true } })).shownAt ?? now;
    }
    if (perQuestionSec) questionRemaining = remainingMs(now, qDeadline(shownAt));
  }
  return {
    ...base,
    status,
    position: current ? current.position : null,
    question: current ? publicQuestion(storedQuestion(current.question)) : null,
    remainingMs: remainingMs(now, attempt.deadline),
    questionRemainingMs: questionRemaining,
  };
}
