// An attempt's results: score, and per question the answer given and — when the quiz's
// policy allows — the right answer, the explanation and the source sentence with a link to
// it in the reader. The learner sees their own; the quiz's author and the instructor of the
// assignment's class see everyone's, always with answers. Anyone else: 404.
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { answersReleased } from "@/lib/quiz/learner-window";
import { loadAttemptCount, loadLearnerWindow } from "@/lib/quiz/load-standing";
import type { GivenAnswer } from "./assemble";
import { needsAutoSubmit, timeSpentMs } from "./clock";
import { finalizeAttempt } from "./finalize";
import { attemptNotFound } from "./attempt-view";
import { storedQuestion } from "./stored";
import type { Viewer } from "@/lib/auth/viewer";

export interface ResultQuestion {
  position: number;
  id: string;
  kind: string;
  prompt: string;
  options?: string[];
  given: GivenAnswer | null;
  /**
   * Present only when answers are shown: otherwise per-question correctness would reveal the
   * answers by elimination across attempts (the total score is always shown).
   */
  score?: number;
  correct?: boolean;
  timeMs: number | null;
  /** Present only when answers are shown. */
  reveal?: {
    correctAnswer: string | string[];
    explanation: string;
    quote: string;
    /** /documents/<slug>#fact-<factId> (or without the anchor when the card has no fact). */
    href: string | null;
  };
}

export interface AttemptResults {
  attemptId: string;
  quizTitle: string;
  /** A learner's own practice quiz (lib/quiz/create-practice-quiz.ts). */
  practice: boolean;
  learnerName: string;
  score: number;
  maxScore: number;
  percent: number;
  autoSubmitted: boolean;
  late: boolean;
  timeSpentMs: number;
  submittedAt: string;
  answersShown: boolean;
  questions: ResultQuestion[];
}

export function sourceHref(slug: string | undefined, factId: string | null | undefined): string | null {
  if (!slug) return null;
  return `/documents/${encodeURIComponent(slug)}${factId ? `#fact-${factId}` : ""}`;
}

export async function getAttemptResults(db: Db, viewer: Viewer, attemptId: string, now: Date): Promise<AttemptResults> {
  const attempt = await db.quizAttempt.findUnique({
    where: { id: attemptId },
    select: {
      id: true, userId: true, status: true, startedAt: true, deadline: true, submittedAt: true, autoSubmitted: true, score: true, maxScore: true,
      user: { select: { name: true } },
      quizId: true,
      quiz: { select: { title: true, ownerId: true, showAnswers: true, attemptsAllowed: true, practice: true } },
      assignment: { select: { id: true, opensAt: true, dueAt: true, lateUntil: true, class: { select: { ownerId: true } } } },
    },
  });
  if (!attempt) throw attemptNotFound();
  const staff = attempt.quiz.ownerId === viewer.id || attempt.assignment?.class.ownerId === viewer.id;
  if (attempt.userId !== viewer.id && !staff) throw attemptNotFound();
  let { status, submittedAt, autoSubmitted, score } = attempt;
  if (status === "in_progress" && needsAutoSubmit({ now, deadline: attempt.deadline })) {
    await finalizeAttempt(db, attempt, now, true);
    const fresh = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { status: true, submittedAt: true, autoSubmitted: true, score: true } });
    ({ status, submittedAt, autoSubmitted, score } = fresh);
  }
  if (status !== "submitted" || !submittedAt) throw new HttpError(409, "in_progress", "This attempt is still in progress.");

  // Released per learner: never while they can still make another attempt (lib/quiz/learner-window.ts).
  const a = attempt.assignment;
  const window = a ? await loadLearnerWindow(db, a, attempt.userId) : null;
  const answersShown = answersReleased({
    policy: attempt.quiz.showAnswers,
    staff,
    now,
    assignment: a && window && !staff ? { window, attempts: await loadAttemptCount(db, a.id, attempt.quizId, attempt.userId, attempt.quiz.attemptsAllowed) } : null,
  });

  const rows = await db.attemptQuestion.findMany({
    where: { attemptId },
    orderBy: { position: "asc" },
    select: { position: true, question: true, answer: true, score: true, timeMs: true, cardId: true, answeredAt: true },
  });
  const questions = rows.map((r) => ({ row: r, q: storedQuestion(r.question) }));
  let facts = new Map<string, string | null>();
  let slugs = new Map<string, string>();
  if (answersShown) {
    const cardIds = [...new Set(rows.map((r) => r.cardId).filter((x): x is string => !!x))];
    const docIds = [...new Set(questions.map((x) => x.q.source.documentId))];
    const [cards, docs] = await Promise.all([
      db.card.findMany({ where: { id: { in: cardIds } }, select: { id: true, factId: true } }),
      db.document.findMany({ where: { id: { in: docIds } }, select: { id: true, slug: true } }),
    ]);
    facts = new Map(cards.map((c) => [c.id, c.factId]));
    slugs = new Map(docs.map((d) => [d.id, d.slug]));
  }
  const maxScore = attempt.maxScore ?? rows.length;
  const total = score ?? 0;
  return {
    attemptId,
    quizTitle: attempt.quiz.title,
    practice: attempt.quiz.practice,
    learnerName: attempt.user.name,
    score: total,
    maxScore,
    percent: maxScore ? Math.round((total / maxScore) * 1000) / 10 : 0,
    autoSubmitted,
    late: !!window && attempt.startedAt.getTime() >= window.dueAt.getTime(),
    timeSpentMs: timeSpentMs({ startedAt: attempt.startedAt, submittedAt, now, deadline: attempt.deadline }),
    submittedAt: submittedAt.toISOString(),
    answersShown,
    questions: questions.map(({ row, q }) => ({
      position: row.position,
      id: q.id,
      kind: q.kind,
      prompt: q.prompt,
      ...(q.options ? { options: q.options } : {}),
      given: row.answeredAt ? (row.answer as GivenAnswer) : null,
      timeMs: row.timeMs,
      ...(answersShown
        ? {
            score: row.score ?? 0,
            correct: (row.score ?? 0) === 1,
            reveal: {
              correctAnswer: q.answer,
              explanation: q.explanation,
              quote: q.source.quote,
              href: sourceHref(slugs.get(q.source.documentId), row.cardId ? facts.get(row.cardId) : null),
            },
          }
        : {}),
    })),
  };
}
