// Saves one answer, when it is given. Refused (4xx, nothing written) when the question is not
// in the attempt, was not shown yet, was already answered, or time is up — decided by the
// stored deadline and the server's clock only. "Answered once" is enforced by a conditional
// update (answeredAt still null), so two tabs answering at once cannot both succeed; the
// attempt still being open is re-checked under its row lock in the same transaction. A quiz
// that allows going back (lib/quiz/navigation.ts) lets an answer be replaced until submitting.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { scoreQuestion, type GivenAnswer, type QuizQuestion } from "./assemble";
import { canAnswer, needsAutoSubmit, questionDeadline } from "./clock";
import { finalizeAttempt } from "./finalize";
import { attemptNotFound } from "./attempt-view";
import { mayReplaceAnswer, navigationMode } from "./navigation";
import { storedQuestion } from "./stored";
import type { Viewer } from "@/lib/auth/viewer";
import { saveAnswer } from "@/lib/db/quiz-store";

/** Strict: any other field (a deadline, a start time, time spent…) is refused with 400. */
export const answerSchema = z
  .object({
    questionId: z.string().min(1).max(64),
    answer: z.union([z.string().max(500), z.array(z.string().max(500)).min(1).max(50)]),
  })
  .strict();
export type AnswerInput = z.infer<typeof answerSchema>;

const REFUSALS = {
  not_in_attempt: [404, "question_not_in_attempt", "That question is not part of this attempt."],
  attempt_closed: [409, "attempt_closed", "This attempt has been submitted."],
  already_answered: [409, "already_answered", "This question has already been answered."],
  expired: [409, "expired", "Time is up."],
} as const;

function refuse(reason: keyof typeof REFUSALS): never {
  const [status, code, message] = REFUSALS[reason];
  throw new HttpError(status, code, message);
}

/** The answer must have the question's shape: an offered option, a permutation of the items, or text. */
export function checkAnswerShape(q: QuizQuestion, given: GivenAnswer): void {
  const bad = (message: string) => new HttpError(400, "invalid_answer", message);
  if (q.kind === "ordering") {
    const items = q.options ?? [];
    if (!Array.isArray(given) || given.length !== items.length || [...given].sort().join("\u0000") !== [...items].sort().join("\u0000")) {
      throw bad("Put every item in an order.");
    }
  } else if (typeof given !== "string") {
    throw bad("Give one answer.");
  } else if (q.kind === "multiple_choice" && !(q.options ?? []).includes(given)) {
    throw bad("Choose one of the options.");
  }
}

export async function answerQuestion(db: Db, viewer: Viewer, attemptId: string, input: AnswerInput, now: Date) {
  const row = await db.attemptQuestion.findUnique({
    where: { attemptId_questionId: { attemptId, questionId: input.questionId } },
    select: {
      question: true, shownAt: true, answeredAt: true,
      attempt: { select: { id: true, userId: true, status: true, deadline: true, submittedAt: true, quiz: { select: { perQuestionSec: true, allowBack: true } } } },
    },
  });
  const attempt =
    row?.attempt ??
    (await db.quizAttempt.findUnique({ where: { id: attemptId }, select: { id: true, userId: true, status: true, deadline: true, submittedAt: true, quiz: { select: { perQuestionSec: true, allowBack: true } } } }));
  if (!attempt || attempt.userId !== viewer.id) throw attemptNotFound();
  if (attempt.status === "in_progress" && needsAutoSubmit({ now, deadline: attempt.deadline })) {
    await finalizeAttempt(db, attempt, now, true);
    refuse("expired");
  }
  const replace = mayReplaceAnswer(navigationMode(attempt.quiz));
  const decision = canAnswer({
    now,
    deadline: attempt.deadline,
    questionDeadline: row?.shownAt
      ? questionDeadline({ firstShownAt: row.shownAt, perQuestionLimitSec: attempt.quiz.perQuestionSec, attemptDeadline: attempt.deadline })
      : null,
    alreadyAnswered: !!row?.answeredAt && !replace,
    inAttempt: !!row,
    submittedAt: attempt.status === "submitted" ? (attempt.submittedAt ?? now) : null,
  });
  if (!decision.ok) refuse(decision.reason);
  if (!row?.shownAt) throw new HttpError(409, "not_shown", "Answer the question you are shown.");
  const question = storedQuestion(row.question);
  checkAnswerShape(question, input.answer);
  const score = scoreQuestion(question, input.answer);
  // One transaction of two conditional writes (lib/db/quiz-store.ts). The first re-checks that
  // the attempt is still open and takes its row lock (a no-op write), so it serializes with the
  // close in finalize.ts: an answer racing the close is either counted in the score or refused.
  const { open, saved } = await saveAnswer(db, {
    attemptId,
    questionId: input.questionId,
    answeredAt: now,
    answer: input.answer,
    score,
    timeMs: Math.max(0, now.getTime() - row.shownAt.getTime()),
    replace,
  });
  if (!open) refuse("attempt_closed");
  if (!saved) refuse("already_answered");
  return { saved: true as const, remainingMs: decision.remainingMs };
}
