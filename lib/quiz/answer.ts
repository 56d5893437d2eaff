// Saves one answer, when it is given. Refused (4xx, nothing written) when the question is not
// in the attempt, was not shown yet, was already answered, or time is up — decided by the
// stored deadline and the server's clock only. "Answered once" is enforced by a conditional
// update (answeredAt still null), so two tabs answering at once cannot both succeed; the
// attempt still being open is re-checked under its row lock in the same transaction. A quiz
// that allows going back (lib/quiz/navigation.ts) lets an answer be replaced until submitting.
// The hot path: one read and conditional writes through lib/db/quiz-store.ts (decision 0009).
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
import { recordAnswer } from "@/lib/db/quiz-store";

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

/**
 * `session.sessionVersion`, when given, is the session version the caller's token carries (the
 * route checks the session here, in the answer's own read of the user row): another one is a 401.
 */
export async function answerQuestion(db: Db, viewer: Viewer, attemptId: string, input: AnswerInput, now: Date, session: { sessionVersion?: number } = {}) {
  // One read and two conditional writes (lib/db/quiz-store.ts); the decision below runs between
  // them, inside the transaction on SQLite. The first write re-checks that the attempt is still
  // open and takes its row lock (a no-op write), so it serializes with the close in
  // finalize.ts: an answer racing the close is either counted in the score or refused.
  const { decision, open, saved } = await recordAnswer(db, { userId: viewer.id, attemptId, questionId: input.questionId }, ({ user, attempt, question: row }) => {
    if (!user || (session.sessionVersion !== undefined && session.sessionVersion !== user.sessionVersion)) throw new HttpError(401, "unauthenticated", "Sign in first.");
    if (!attempt || attempt.userId !== viewer.id) throw attemptNotFound();
    // Expired but still open: settled (after this read, outside it) and refused.
    if (attempt.status === "in_progress" && needsAutoSubmit({ now, deadline: attempt.deadline })) return { write: null, settle: attempt };
    const replace = mayReplaceAnswer(navigationMode(attempt));
    const allowed = canAnswer({
      now,
      deadline: attempt.deadline,
      questionDeadline: row?.shownAt
        ? questionDeadline({ firstShownAt: row.shownAt, perQuestionLimitSec: attempt.perQuestionSec, attemptDeadline: attempt.deadline })
        : null,
      alreadyAnswered: !!row?.answeredAt && !replace,
      inAttempt: !!row,
      submittedAt: attempt.status === "submitted" ? (attempt.submittedAt ?? now) : null,
    });
    if (!allowed.ok) refuse(allowed.reason);
    if (!row?.shownAt) throw new HttpError(409, "not_shown", "Answer the question you are shown.");
    const question = storedQuestion(row.question);
    checkAnswerShape(question, input.answer);
    const write = { replace, answeredAt: now, answer: input.answer, score: scoreQuestion(question, input.answer), timeMs: Math.max(0, now.getTime() - row.shownAt.getTime()) };
    return { write, remainingMs: allowed.remainingMs };
  });
  if (decision.write === null) {
    await finalizeAttempt(db, decision.settle, now, true);
    refuse("expired");
  }
  if (!open) refuse("attempt_closed");
  if (!saved) refuse("already_answered");
  return { saved: true as const, remainingMs: decision.remainingMs };
}
