import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion, answerSchema } from "@/lib/quiz/answer";
import { getAttemptView } from "@/lib/quiz/attempt-view";
import { createQuiz, createQuizSchema } from "@/lib/quiz/create-quiz";
import { getAttemptResults } from "@/lib/quiz/results";
import { startAttempt } from "@/lib/quiz/start-attempt";
import { storedQuestion } from "@/lib/quiz/stored";
import { submitAttempt } from "@/lib/quiz/submit-attempt";
import { seedFixtureSet } from "@/lib/quiz/test-support";
import { interleaveAnswers } from "@/lib/db/quiz-store";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

const T0 = new Date("2026-03-01T10:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

async function user(db: Db, name: string, role: "learner" | "instructor"): Promise<Viewer> {
  const u = await db.user.create({ data: { name, email: `${name}@example.com`, passwordHash: "x", role } });
  return { id: u.id, role };
}

/** The right answer to the question currently shown (read from the stored frozen question). */
async function rightAnswer(db: Db, attemptId: string, questionId: string) {
  const row = await db.attemptQuestion.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId } } });
  const q = storedQuestion(row.question);
  return q.kind === "typed" ? (q.accepted?.[0] ?? (q.answer as string)) : q.answer;
}

describe.each(PROVIDERS)("[%s] quiz attempts and the server clock", (provider) => {
  let t: TestDatabase;
  let teacher: Viewer;
  let other: Viewer;
  let setId: string;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    teacher = await user(t.db, "teacher", "instructor");
    other = await user(t.db, "other", "instructor");
    setId = (await seedFixtureSet(t.db)).id;
  });
  afterAll(async () => t.drop());

  const make = (over: Record<string, unknown> = {}) =>
    createQuiz(t.db, teacher, createQuizSchema.parse({ title: "Q", setId, questionCount: 5, kinds: ["multiple_choice", "ordering", "typed"], timeLimitSec: 60, ...over }));

  it("only instructors create quizzes, from a set they may use", async () => {
    const learner = await user(t.db, "learner0", "learner");
    await expect(createQuiz(t.db, learner, createQuizSchema.parse({ title: "x", setId, questionCount: 3, kinds: ["typed"] }))).rejects.toMatchObject({ status: 403 });
    const privateSet = await seedFixtureSet(t.db, { ownerId: other.id, title: "private" });
    await expect(make({ setId: privateSet.id })).rejects.toMatchObject({ status: 404 });
    expect(createQuizSchema.safeParse({ title: "x", setId, questionCount: 0, kinds: [] }).success).toBe(false);
    const quiz = await make();
    expect(quiz.questionCount).toBe(5);
  });

  it("stores the deadline at start; a reload resumes with the right remaining time; answers are saved once", async () => {
    const quiz = await make();
    const first = await startAttempt(t.db, teacher, { quizId: quiz.id }, T0);
    expect(first.resumed).toBe(false);
    const stored = await t.db.quizAttempt.findUniqueOrThrow({ where: { id: first.attemptId } });
    expect(stored.deadline).toEqual(at(60_000));

    const v1 = await getAttemptView(t.db, teacher, first.attemptId, at(1_000));
    expect(v1).toMatchObject({ status: "in_progress", total: 5, position: 0, remainingMs: 59_000 });
    expect(JSON.stringify(v1.question)).not.toContain("answer");
    const q1 = v1.question!;
    await answerQuestion(t.db, teacher, first.attemptId, { questionId: q1.id, answer: await rightAnswer(t.db, first.attemptId, q1.id) }, at(5_000));

    // Second tab / reload 20 s in: the same attempt, 40 s left, the next question.
    const again = await startAttempt(t.db, teacher, { quizId: quiz.id }, at(20_000));
    expect(again).toEqual({ attemptId: first.attemptId, resumed: true });
    const v2 = await getAttemptView(t.db, teacher, first.attemptId, at(20_000));
    expect(v2).toMatchObject({ answered: 1, position: 1, remainingMs: 40_000 });

    // Answering twice: 409, the first answer stays.
    const before = await t.db.attemptQuestion.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: first.attemptId, questionId: q1.id } } });
    await expect(answerQuestion(t.db, teacher, first.attemptId, { questionId: q1.id, answer: "x" }, at(21_000))).rejects.toMatchObject({ status: 409, code: "already_answered" });
    const after = await t.db.attemptQuestion.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: first.attemptId, questionId: q1.id } } });
    expect(after).toEqual(before);
    expect(after.score).toBe(1);
    expect(after.timeMs).toBe(4_000);

    // Two answers to one question at the same time: exactly one wins.
    const q2 = v2.question!;
    const answer = await rightAnswer(t.db, first.attemptId, q2.id);
    const race = await Promise.allSettled([0, 1].map(() => answerQuestion(t.db, teacher, first.attemptId, { questionId: q2.id, answer }, at(22_000))));
    expect(race.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("refuses a question not in the attempt, not yet shown, an offered-option mismatch, and tampered fields", async () => {
    const quiz = await make({ timeLimitSec: null });
    const { attemptId } = await startAttempt(t.db, teacher, { quizId: quiz.id }, T0);
    const view = await getAttemptView(t.db, teacher, attemptId, T0);
    await expect(answerQuestion(t.db, teacher, attemptId, { questionId: "not-a-question", answer: "x" }, T0)).rejects.toMatchObject({ status: 404, code: "question_not_in_attempt" });
    const later = await t.db.attemptQuestion.findFirstOrThrow({ where: { attemptId, position: 3 } });
    await expect(answerQuestion(t.db, teacher, attemptId, { questionId: later.questionId, answer: "x" }, T0)).rejects.toMatchObject({ status: 409, code: "not_shown" });
    const q = view.question!;
    const wrongShape = q.kind === "ordering" ? ["only-one"] : q.kind === "multiple_choice" ? "not an option" : ["a", "b"];
    await expect(answerQuestion(t.db, teacher, attemptId, { questionId: q.id, answer: wrongShape }, T0)).rejects.toMatchObject({ status: 400 });
    // The body schema is strict: time fields from the client are refused outright.
    expect(answerSchema.safeParse({ questionId: q.id, answer: "x", deadline: "2099-01-01T00:00:00Z" }).success).toBe(false);
    expect(answerSchema.safeParse({ questionId: q.id, answer: "x", timeMs: 1 }).success).toBe(false);
    expect(await t.db.attemptQuestion.count({ where: { attemptId, answeredAt: { not: null } } })).toBe(0);
  });

  it("refuses an answer exactly at the deadline and auto-submits with what was answered", async () => {
    const quiz = await make({ timeLimitSec: 30 });
    const { attemptId } = await startAttempt(t.db, teacher, { quizId: quiz.id }, T0);
    const q = (await getAttemptView(t.db, teacher, attemptId, T0)).question!;
    await answerQuestion(t.db, teacher, attemptId, { questionId: q.id, answer: await rightAnswer(t.db, attemptId, q.id) }, at(29_999));
    const q2 = (await getAttemptView(t.db, teacher, attemptId, at(29_999))).question!;
    await expect(answerQuestion(t.db, teacher, attemptId, { questionId: q2.id, answer: await rightAnswer(t.db, attemptId, q2.id) }, at(30_000))).rejects.toMatchObject({ status: 409, code: "expired" });
    const row = await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row).toMatchObject({ status: "submitted", autoSubmitted: true, score: 1, maxScore: 5 });
    expect(row.submittedAt).toEqual(at(30_000));
    expect(await t.db.attemptQuestion.count({ where: { attemptId, answeredAt: { not: null } } })).toBe(1);
  });

  it("settles an expired attempt lazily when it is read; results show the source sentence", async () => {
    const quiz = await make({ timeLimitSec: 10 });
    const { attemptId } = await startAttempt(t.db, teacher, { quizId: quiz.id }, T0);
    const q = (await getAttemptView(t.db, teacher, attemptId, T0)).question!;
    await answerQuestion(t.db, teacher, attemptId, { questionId: q.id, answer: await rightAnswer(t.db, attemptId, q.id) }, at(2_000));
    const results = await getAttemptResults(t.db, teacher, attemptId, at(3_600_000));
    expect(results).toMatchObject({ score: 1, maxScore: 5, autoSubmitted: true, timeSpentMs: 10_000, answersShown: true });
    const first = results.questions[0]!;
    expect(first.correct).toBe(true);
    expect(first.reveal!.quote.length).toBeGreaterThan(0);
    expect(first.reveal!.href).toMatch(/^\/documents\/fixture-talks(#fact-f-[a-z-]+)?$/);
    expect(results.questions.slice(1).every((x) => x.given === null && x.score === 0)).toBe(true);
    expect(results.questions.some((x) => x.reveal!.href?.includes("#fact-"))).toBe(true);
  });

  it("per-question limits: an expired question is skipped and cannot be answered later", async () => {
    const quiz = await make({ timeLimitSec: null, perQuestionSec: 10 });
    const { attemptId } = await startAttempt(t.db, teacher, { quizId: quiz.id }, T0);
    const v = await getAttemptView(t.db, teacher, attemptId, T0);
    expect(v.questionRemainingMs).toBe(10_000);
    const v2 = await getAttemptView(t.db, teacher, attemptId, at(10_000));
    expect(v2.position).toBe(1);
    await expect(answerQuestion(t.db, teacher, attemptId, { questionId: v.question!.id, answer: "x" }, at(10_000))).rejects.toMatchObject({ status: 409, code: "expired" });
  });

  it("enforces attempts allowed and keeps foreign attempts private", async () => {
    const quiz = await make({ attemptsAllowed: 1, timeLimitSec: null });
    const { attemptId } = await startAttempt(t.db, teacher, { quizId: quiz.id }, T0);
    await expect(getAttemptView(t.db, other, attemptId, T0)).rejects.toMatchObject({ status: 404 });
    await expect(answerQuestion(t.db, other, attemptId, { questionId: "x", answer: "x" }, T0)).rejects.toMatchObject({ status: 404 });
    await expect(submitAttempt(t.db, other, attemptId, T0)).rejects.toMatchObject({ status: 404 });
    await expect(getAttemptResults(t.db, other, attemptId, T0)).rejects.toMatchObject({ status: 404 });
    await expect(startAttempt(t.db, other, { quizId: quiz.id }, T0)).rejects.toMatchObject({ status: 404 });
    await expect(getAttemptResults(t.db, teacher, attemptId, T0)).rejects.toMatchObject({ status: 409, code: "in_progress" });
    const done = await submitAttempt(t.db, teacher, attemptId, at(1_000));
    expect(done).toMatchObject({ status: "submitted", autoSubmitted: false, score: 0 });
    const count = await t.db.quizAttempt.count({ where: { quizId: quiz.id } });
    await expect(startAttempt(t.db, teacher, { quizId: quiz.id }, at(2_000))).rejects.toMatchObject({ status: 409, code: "no_attempts_left" });
    expect(await t.db.quizAttempt.count({ where: { quizId: quiz.id } })).toBe(count);
    await expect(answerQuestion(t.db, teacher, attemptId, { questionId: "x", answer: "x" }, at(3_000))).rejects.toMatchObject({ status: 404 });
  });

  it("two tabs starting at once end up on one attempt", async () => {
    const quiz = await make({ attemptsAllowed: 3, timeLimitSec: null });
    const [a, b] = await Promise.all([startAttempt(t.db, teacher, { quizId: quiz.id }, T0), startAttempt(t.db, teacher, { quizId: quiz.id }, T0)]);
    expect(a.attemptId).toBe(b.attemptId);
    expect(await t.db.quizAttempt.count({ where: { quizId: quiz.id } })).toBe(1);
  });

  it("attemptsAllowed 1: two starts at once keep exactly one attempt, and both return it", async () => {
    for (let round = 0; round < 5; round++) {
      const quiz = await make({ attemptsAllowed: 1, timeLimitSec: null });
      const [a, b] = await Promise.all([startAttempt(t.db, teacher, { quizId: quiz.id }, T0), startAttempt(t.db, teacher, { quizId: quiz.id }, T0)]);
      expect(a.attemptId).toBe(b.attemptId);
      expect([a.resumed, b.resumed].sort()).toEqual([false, true]);
      const rows = await t.db.quizAttempt.findMany({ where: { quizId: quiz.id }, select: { id: true, status: true } });
      expect(rows).toEqual([{ id: a.attemptId, status: "in_progress" }]);
      // The one attempt is usable; a third start resumes it.
      expect((await getAttemptView(t.db, teacher, a.attemptId, T0)).status).toBe("in_progress");
      expect(await startAttempt(t.db, teacher, { quizId: quiz.id }, at(1_000))).toEqual({ attemptId: a.attemptId, resumed: true });
    }
  });

  it("closing and scoring are one transaction: a crash in between leaves no submitted attempt without a score", async () => {
    const quiz = await make({ timeLimitSec: null });
    const { attemptId } = await startAttempt(t.db, teacher, { quizId: quiz.id }, T0);
    const q = (await getAttemptView(t.db, teacher, attemptId, T0)).question!;
    await answerQuestion(t.db, teacher, attemptId, { questionId: q.id, answer: await rightAnswer(t.db, attemptId, q.id) }, at(1_000));
    // The process dies while writing the score.
    const crashing = t.db.$extends({
      query: {
        quizAttempt: {
          async update({ args, query }) {
            if (args.data && "score" in args.data) throw new Error("crash while scoring");
            return query(args);
          },
        },
      },
    }) as unknown as Db;
    await expect(submitAttempt(crashing, teacher, attemptId, at(2_000))).rejects.toThrow("crash while scoring");
    expect(await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ status: "in_progress", score: null, submittedAt: null });
    expect(await submitAttempt(t.db, teacher, attemptId, at(3_000))).toMatchObject({ status: "submitted", score: 1, maxScore: 5 });
  });

  it("an answer that read the attempt open but writes after it was closed is refused as closed, and nothing is written", async () => {
    const quiz = await make({ timeLimitSec: null });
    const { attemptId } = await startAttempt(t.db, teacher, { quizId: quiz.id }, T0);
    const q = (await getAttemptView(t.db, teacher, attemptId, T0)).question!;
    const answer = await rightAnswer(t.db, attemptId, q.id);
    // The other tab submits between this answer's read and its writes (the store's test seam).
    let closedBetween = false;
    const interleaved = interleaveAnswers(t.db, async () => {
      await submitAttempt(t.db, teacher, attemptId, at(1_000));
      closedBetween = true;
    });
    await expect(answerQuestion(interleaved, teacher, attemptId, { questionId: q.id, answer }, at(1_000))).rejects.toMatchObject({ status: 409, code: "attempt_closed" });
    expect(closedBetween).toBe(true);
    expect((await t.db.attemptQuestion.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: q.id } } })).answeredAt).toBeNull();
    expect(await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ status: "submitted", score: 0 });
    // And plainly after the close.
    await expect(answerQuestion(t.db, teacher, attemptId, { questionId: q.id, answer }, at(2_000))).rejects.toMatchObject({ status: 409, code: "attempt_closed" });
  });

  it("an answer with a stale session version is refused (401) in the answer's own read, and nothing is written", async () => {
    const quiz = await make({ timeLimitSec: null });
    const { attemptId } = await startAttempt(t.db, teacher, { quizId: quiz.id }, T0);
    const q = (await getAttemptView(t.db, teacher, attemptId, T0)).question!;
    const answer = await rightAnswer(t.db, attemptId, q.id);
    const { sessionVersion } = await t.db.user.findUniqueOrThrow({ where: { id: teacher.id }, select: { sessionVersion: true } });
    await expect(answerQuestion(t.db, teacher, attemptId, { questionId: q.id, answer }, at(1_000), { sessionVersion: sessionVersion + 1 })).rejects.toMatchObject({ status: 401 });
    expect((await t.db.attemptQuestion.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: q.id } } })).answeredAt).toBeNull();
    expect(await answerQuestion(t.db, teacher, attemptId, { questionId: q.id, answer }, at(1_000), { sessionVersion })).toMatchObject({ saved: true });
  });

  it("an answer racing the close is either counted in the score or refused; a submitted attempt always has its score", async () => {
    const quiz = await make({ timeLimitSec: null, attemptsAllowed: null });
    for (let round = 0; round < 6; round++) {
      const { attemptId } = await startAttempt(t.db, teacher, { quizId: quiz.id }, at(round * 1_000));
      const q = (await getAttemptView(t.db, teacher, attemptId, at(round * 1_000))).question!;
      const answer = await rightAnswer(t.db, attemptId, q.id);
      const now = at(round * 1_000 + 500);
      const [answered] = await Promise.allSettled([
        answerQuestion(t.db, teacher, attemptId, { questionId: q.id, answer }, now),
        submitAttempt(t.db, teacher, attemptId, now),
      ]);
      const row = await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
      const saved = await t.db.attemptQuestion.count({ where: { attemptId, answeredAt: { not: null } } });
      expect(row.status).toBe("submitted");
      expect(row.score).toBe(saved);
      expect(saved).toBe(answered.status === "fulfilled" ? 1 : 0);
    }
  });

  it("a quiz with only a per-question limit ends questions × limit after the start, so an abandoned attempt is settled", async () => {
    const quiz = await make({ timeLimitSec: null, perQuestionSec: 10 });
    const { attemptId } = await startAttempt(t.db, teacher, { quizId: quiz.id }, T0);
    expect((await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).deadline).toEqual(at(50_000));
    const q = (await getAttemptView(t.db, teacher, attemptId, T0)).question!;
    await answerQuestion(t.db, teacher, attemptId, { questionId: q.id, answer: await rightAnswer(t.db, attemptId, q.id) }, at(3_000));
    // Abandoned after one answer: read a day later, it has been submitted at its deadline.
    const view = await getAttemptView(t.db, teacher, attemptId, at(86_400_000));
    expect(view).toMatchObject({ status: "submitted", answered: 1 });
    expect(await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ status: "submitted", autoSubmitted: true, submittedAt: at(50_000), score: 1 });
  });
});
