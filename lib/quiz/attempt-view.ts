// What the learner sees of an attempt in progress: one question at a time (the first one
// not yet answered whose own time has not run out — or, when the quiz allows going back, the
// one asked for), the remaining time computed from the stored deadline and the server's clock.
// Reading it settles an expired attempt first.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { isExpired, needsAutoSubmit, questionDeadline, remainingMs } from "./clock";
import { finalizeAttempt } from "./finalize";
import { navigationMode, questionToShow, type NavigationMode } from "./navigation";
import { publicQuestion, storedQuestion, type PublicQuestion } from "./stored";
import type { GivenAnswer } from "./assemble";
import type { Viewer } from "@/lib/auth/viewer";

export const attemptNotFound = () => new HttpError(404, "attempt_not_found", "No such attempt.");

/** GET /api/attempts/:id?position=N — the question to show (free navigation only). */
export const attemptViewQuery = z.object({ position: z.coerce.number().int().min(0).max(999).optional() }).strict();

export interface AttemptView {
  attemptId: string;
  quizTitle: string;
  /** A learner's own practice quiz. */
  practice: boolean;
  assignmentId: string | null;
  status: "in_progress" | "submitted";
  total: number;
  answered: number;
  /** 0-based position of the current question; null when none is left to answer. */
  position: number | null;
  question: PublicQuestion | null;
  /** The answer saved for the shown question (free navigation: shown again to change it). */
  given: GivenAnswer | null;
  navigation: NavigationMode;
  /** Every question's place and whether it has an answer (ids only, never content). */
  items: { position: number; questionId: string; answered: boolean }[];
  /** Milliseconds left on the whole attempt / the current question; null when untimed. */
  remainingMs: number | null;
  questionRemainingMs: number | null;
  deadline: string | null;
  serverNow: string;
}

export async function getAttemptView(db: Db, viewer: Viewer, attemptId: string, now: Date, requested: number | null = null): Promise<AttemptView> {
  const attempt = await db.quizAttempt.findUnique({
    where: { id: attemptId },
    select: {
      id: true, userId: true, status: true, deadline: true, assignmentId: true,
      quiz: { select: { title: true, perQuestionSec: true, allowBack: true, practice: true } },
      questions: { orderBy: { position: "asc" }, select: { questionId: true, position: true, question: true, shownAt: true, answeredAt: true, answer: true } },
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
    practice: attempt.quiz.practice,
    assignmentId: attempt.assignmentId,
    total: attempt.questions.length,
    answered: attempt.questions.filter((q) => q.answeredAt).length,
    navigation: navigationMode(attempt.quiz),
    items: attempt.questions.map((q) => ({ position: q.position, questionId: q.questionId, answered: !!q.answeredAt })),
    deadline: attempt.deadline?.toISOString() ?? null,
    serverNow: now.toISOString(),
  };
  if (status === "submitted") {
    return { ...base, status, position: null, question: null, given: null, remainingMs: 0, questionRemainingMs: null };
  }
  const perQuestionSec = attempt.quiz.perQuestionSec;
  const qDeadline = (shownAt: Date) => questionDeadline({ firstShownAt: shownAt, perQuestionLimitSec: perQuestionSec, attemptDeadline: attempt.deadline });
  const shown = questionToShow(
    attempt.questions.map((q) => ({ position: q.position, answered: !!q.answeredAt, expired: !!(q.shownAt && perQuestionSec && isExpired(now, qDeadline(q.shownAt))) })),
    base.navigation,
    requested,
  );
  const current = shown === null ? undefined : attempt.questions.find((q) => q.position === shown);
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
    given: current?.answeredAt ? (current.answer as GivenAnswer) : null,
    remainingMs: remainingMs(now, attempt.deadline),
    questionRemainingMs: questionRemaining,
  };
}
