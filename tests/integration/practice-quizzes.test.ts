// Practice quizzes (a learner's own Test mode) and free navigation, on both databases: made from
// a set the learner can study, taken with going back and changed answers, graded with answers
// and sources — and never seen by a class: not in the gradebook, a learner's detail, item
// analysis or the assignment's stats, not assignable, not startable by anyone else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssignment, createAssignmentSchema } from "@/lib/assignments/create-assignment";
import { listAssignmentsForLearner } from "@/lib/assignments/list-for-learner";
import { createClass } from "@/lib/classes/create-class";
import { joinClass } from "@/lib/classes/join-class";
import type { Db } from "@/lib/db/client";
import { buildGradebook, learnerDetail } from "@/lib/gradebook/gradebook";
import { assignmentItemAnalysis } from "@/lib/gradebook/item-analysis";
import { answerQuestion } from "@/lib/quiz/answer";
import { getAttemptView } from "@/lib/quiz/attempt-view";
import { createPracticeQuiz, createPracticeQuizSchema } from "@/lib/quiz/create-practice-quiz";
import { createQuiz, createQuizSchema } from "@/lib/quiz/create-quiz";
import { listPracticeQuizzes } from "@/lib/quiz/list-practice";
import { listOwnQuizzes } from "@/lib/quiz/list-quizzes";
import { getAttemptResults } from "@/lib/quiz/results";
import { startAttempt } from "@/lib/quiz/start-attempt";
import { storedQuestion, type PublicQuestion } from "@/lib/quiz/stored";
import { submitAttempt } from "@/lib/quiz/submit-attempt";
import { seedFixtureSet } from "@/lib/quiz/test-support";
import { deleteSet } from "@/lib/sets/manage-set";
import type { Viewer } from "@/lib/auth/viewer";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

const OPENS = new Date("2026-06-01T00:00:00Z");
const DUE = new Date("2026-06-08T00:00:00Z");
const at = (ms: number) => new Date(OPENS.getTime() + ms);

async function user(db: Db, name: string, role: "learner" | "instructor"): Promise<Viewer> {
  const u = await db.user.create({ data: { name, email: `${name}@example.com`, passwordHash: "x", role } });
  return { id: u.id, role };
}

async function answers(db: Db, attemptId: string, questionId: string) {
  const row = await db.attemptQuestion.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId } } });
  const q = storedQuestion(row.question);
  const good = q.kind === "typed" ? q.accepted![0]! : q.answer;
  const bad = q.kind === "multiple_choice" ? q.options!.find((o) => o !== q.answer)! : q.kind === "ordering" ? [...(q.answer as string[])].reverse() : "ちがう";
  return { good, bad };
}

/** Answers every question it is shown, the first `right` correctly. */
async function takeQuiz(db: Db, v: Viewer, attemptId: string, start: Date, right: number) {
  let now = start;
  for (let i = 0; ; i++) {
    const view = await getAttemptView(db, v, attemptId, now);
    if (!view.question) break;
    now = new Date(now.getTime() + 1000);
    const { good, bad } = await answers(db, attemptId, view.question.id);
    await answerQuestion(db, v, attemptId, { questionId: view.question.id, answer: i < right ? good : bad }, now);
  }
  return submitAttempt(db, v, attemptId, now);
}

describe.each(PROVIDERS)("[%s] practice quizzes", (provider) => {
  let t: TestDatabase;
  let teacher: Viewer, ann: Viewer, bob: Viewer;
  let classId: string, assignmentId: string, builtinSet: string, privateSet: string, publicSet: string;
  let practiceQuizId: string, practiceAttemptId: string;

  beforeAll(async () => {
    t = await freshDatabase(provider);
    teacher = await user(t.db, "teacher", "instructor");
    ann = await user(t.db, "ann", "learner");
    bob = await user(t.db, "bob", "learner");
    builtinSet = (await seedFixtureSet(t.db)).id;
    privateSet = (await seedFixtureSet(t.db, { title: "講師の非公開", ownerId: teacher.id })).id;
    publicSet = (await seedFixtureSet(t.db, { title: "講師の公開", ownerId: teacher.id, visibility: "public" })).id;
    const cls = await createClass(t.db, teacher, { name: "A組" });
    classId = cls.id;
    await joinClass(t.db, ann, cls.joinCode);
    const quizId = (await createQuiz(t.db, teacher, createQuizSchema.parse({ title: "小テスト", setId: privateSet, questionCount: 3, kinds: ["multiple_choice"], attemptsAllowed: 2 }))).id;
    assignmentId = (await createAssignment(t.db, teacher, classId, createAssignmentSchema.parse({ title: "小テスト", kind: "quiz", quizId, opensAt: OPENS.toISOString(), dueAt: DUE.toISOString() }))).id;
    // Ann takes the class quiz once: the gradebook's one attempt.
    const started = await startAttempt(t.db, ann, { quizId, assignmentId }, at(1000));
    await takeQuiz(t.db, ann, started.attemptId, at(1000), 1);
  });
  afterAll(async () => t.drop());

  it("validates the form at the boundary: count, kinds, time limit, no extra fields", () => {
    const ok = { setId: "s", questionCount: 5, kinds: ["typed"] };
    expect(createPracticeQuizSchema.parse(ok).timeLimitSec).toBeNull();
    for (const bad of [
      { ...ok, questionCount: 0 },
      { ...ok, kinds: [] },
      { ...ok, kinds: ["essay"] },
      { ...ok, timeLimitSec: 5 },
      { ...ok, attemptsAllowed: 3 },
    ]) {
      expect(createPracticeQuizSchema.safeParse(bad).success).toBe(false);
    }
  });

  it("is made from a set the learner can study, as a practice quiz that allows going back", async () => {
    const quiz = await createPracticeQuiz(t.db, ann, createPracticeQuizSchema.parse({ setId: builtinSet, questionCount: 4, kinds: ["multiple_choice", "typed"] }));
    const row = await t.db.quiz.findUniqueOrThrow({ where: { id: quiz.id } });
    expect(row).toMatchObject({ ownerId: ann.id, practice: true, allowBack: true, attemptsAllowed: null, showAnswers: "after_submit", timeLimitSec: null, perQuestionSec: null });
    expect(quiz.questionCount).toBe(4);
    practiceQuizId = quiz.id;
    const started = await startAttempt(t.db, ann, { quizId: quiz.id }, at(60_000));
    practiceAttemptId = started.attemptId;
    const attempt = await t.db.quizAttempt.findUniqueOrThrow({ where: { id: practiceAttemptId } });
    expect(attempt.assignmentId).toBeNull();
    expect(attempt.deadline).toBeNull();
  });

  it("refuses a set the learner cannot study (an instructor's private set): 404, nothing made", async () => {
    const before = await t.db.quiz.count();
    await expect(createPracticeQuiz(t.db, ann, createPracticeQuizSchema.parse({ setId: privateSet, questionCount: 3, kinds: ["multiple_choice"] }))).rejects.toMatchObject({ status: 404, code: "set_not_found" });
    expect(await t.db.quiz.count()).toBe(before);
  });

  it("free navigation: any question can be shown, answered, shown again and its answer changed", async () => {
    const first = await getAttemptView(t.db, ann, practiceAttemptId, at(61_000));
    expect(first.navigation).toBe("free");
    expect(first.position).toBe(0);
    expect(first.items).toHaveLength(4);
    // Jump ahead to the third question and answer it wrongly.
    const third = await getAttemptView(t.db, ann, practiceAttemptId, at(62_000), 2);
    expect(third.position).toBe(2);
    const q3 = third.question as PublicQuestion;
    const { good, bad } = await answers(t.db, practiceAttemptId, q3.id);
    await answerQuestion(t.db, ann, practiceAttemptId, { questionId: q3.id, answer: bad }, at(63_000));
    // Back to it: the saved answer comes back, and can be replaced by the right one.
    const again = await getAttemptView(t.db, ann, practiceAttemptId, at(64_000), 2);
    expect(again.given).toEqual(bad);
    expect(again.items.find((i) => i.position === 2)?.answered).toBe(true);
    await answerQuestion(t.db, ann, practiceAttemptId, { questionId: q3.id, answer: good }, at(65_000));
    const row = await t.db.attemptQuestion.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: practiceAttemptId, questionId: q3.id } } });
    expect(row.score).toBe(1);
    expect(row.answer).toEqual(good);
    // Without a position, the first unanswered question is shown.
    expect((await getAttemptView(t.db, ann, practiceAttemptId, at(66_000))).position).toBe(0);
  });

  it("sequential quizzes keep today's rules: no going back, an answer is final", async () => {
    const quizId = (await createQuiz(t.db, teacher, createQuizSchema.parse({ title: "順番", setId: privateSet, questionCount: 3, kinds: ["multiple_choice"], attemptsAllowed: null }))).id;
    const { attemptId } = await startAttempt(t.db, teacher, { quizId }, at(0));
    const view = await getAttemptView(t.db, teacher, attemptId, at(1000), 2);
    expect(view.navigation).toBe("sequential");
    expect(view.position).toBe(0);
    const { good, bad } = await answers(t.db, attemptId, view.question!.id);
    await answerQuestion(t.db, teacher, attemptId, { questionId: view.question!.id, answer: bad }, at(2000));
    await expect(answerQuestion(t.db, teacher, attemptId, { questionId: view.question!.id, answer: good }, at(3000))).rejects.toMatchObject({ status: 409, code: "already_answered" });
    expect((await getAttemptView(t.db, teacher, attemptId, at(4000), 0)).position).toBe(1);
  });

  it("a class quiz that allows going back: the learner changes an answer and the gradebook counts the last one", async () => {
    const quizId = (await createQuiz(t.db, teacher, createQuizSchema.parse({ title: "見直し可", setId: privateSet, questionCount: 2, kinds: ["multiple_choice"], attemptsAllowed: 1, allowBack: true }))).id;
    const backAssignment = (await createAssignment(t.db, teacher, classId, createAssignmentSchema.parse({ title: "見直し可", kind: "quiz", quizId, opensAt: OPENS.toISOString(), dueAt: DUE.toISOString() }))).id;
    const { attemptId } = await startAttempt(t.db, ann, { quizId, assignmentId: backAssignment }, at(10_000));
    const view = await getAttemptView(t.db, ann, attemptId, at(11_000));
    expect(view.navigation).toBe("free");
    const questions = view.items.map((i) => i.questionId);
    for (const [i, questionId] of questions.entries()) {
      await getAttemptView(t.db, ann, attemptId, at(12_000 + i), i);
      await answerQuestion(t.db, ann, attemptId, { questionId, answer: (await answers(t.db, attemptId, questionId)).bad }, at(13_000 + i));
    }
    // Back to the first one: the right answer replaces the wrong one.
    await getAttemptView(t.db, ann, attemptId, at(14_000), 0);
    await answerQuestion(t.db, ann, attemptId, { questionId: questions[0]!, answer: (await answers(t.db, attemptId, questions[0]!)).good }, at(15_000));
    await submitAttempt(t.db, ann, attemptId, at(16_000));
    // Submitted: no more changes.
    await expect(answerQuestion(t.db, ann, attemptId, { questionId: questions[1]!, answer: (await answers(t.db, attemptId, questions[1]!)).good }, at(17_000))).rejects.toMatchObject({ status: 409, code: "attempt_closed" });
    const book = await buildGradebook(t.db, teacher, classId, at(18_000));
    const cell = book.learners.find((l) => l.id === ann.id)!.cells.find((c) => c.assignmentId === backAssignment)!;
    expect(cell).toMatchObject({ attempts: 1, percent: 50 });
  });

  it("a quiz cannot allow going back with a per-question time limit: 400, nothing made", async () => {
    const before = await t.db.quiz.count();
    const input = createQuizSchema.parse({ title: "x", setId: privateSet, questionCount: 3, kinds: ["multiple_choice"], allowBack: true, perQuestionSec: 30 });
    await expect(createQuiz(t.db, teacher, input)).rejects.toMatchObject({ status: 400, code: "invalid_input" });
    expect(await t.db.quiz.count()).toBe(before);
    const ok = await createQuiz(t.db, teacher, createQuizSchema.parse({ title: "x", setId: privateSet, questionCount: 3, kinds: ["multiple_choice"], allowBack: true }));
    expect((await t.db.quiz.findUniqueOrThrow({ where: { id: ok.id } })).allowBack).toBe(true);
  });

  it("is graded with the right answers and sources, and kept in the learner's practice history", async () => {
    let now = at(70_000);
    for (;;) {
      const view = await getAttemptView(t.db, ann, practiceAttemptId, now);
      if (!view.question) break;
      now = new Date(now.getTime() + 1000);
      await answerQuestion(t.db, ann, practiceAttemptId, { questionId: view.question.id, answer: (await answers(t.db, practiceAttemptId, view.question.id)).good }, now);
    }
    const done = await submitAttempt(t.db, ann, practiceAttemptId, now);
    expect(done).toMatchObject({ status: "submitted", score: 4, maxScore: 4 });
    const results = await getAttemptResults(t.db, ann, practiceAttemptId, now);
    expect(results.practice).toBe(true);
    expect(results.answersShown).toBe(true);
    expect(results.questions.every((q) => q.correct === true && q.reveal?.quote && q.reveal.href?.startsWith("/documents/"))).toBe(true);
    const history = await listPracticeQuizzes(t.db, ann, now);
    expect(history.map((q) => q.id)).toEqual([practiceQuizId]);
    expect(history[0]!.attempts.map((a) => [a.id, a.status, a.score])).toEqual([[practiceAttemptId, "submitted", 4]]);
    // Taken again as often as wanted.
    const second = await startAttempt(t.db, ann, { quizId: practiceQuizId }, new Date(now.getTime() + 1000));
    expect(second.resumed).toBe(false);
  });

  it("a timed practice quiz keeps the server's clock: past its deadline an answer is refused", async () => {
    const quiz = await createPracticeQuiz(t.db, ann, createPracticeQuizSchema.parse({ setId: builtinSet, questionCount: 2, kinds: ["multiple_choice"], timeLimitSec: 120 }));
    const { attemptId } = await startAttempt(t.db, ann, { quizId: quiz.id }, at(0));
    const attempt = await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.deadline?.getTime()).toBe(at(120_000).getTime());
    const view = await getAttemptView(t.db, ann, attemptId, at(1000));
    const { good } = await answers(t.db, attemptId, view.question!.id);
    await expect(answerQuestion(t.db, ann, attemptId, { questionId: view.question!.id, answer: good }, at(120_000))).rejects.toMatchObject({ status: 409, code: "expired" });
    expect((await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe("submitted");
  });

  it("never reaches the class: gradebook, learner detail, item analysis and assignment stats count only the assignment's attempt", async () => {
    const book = await buildGradebook(t.db, teacher, classId, at(200_000));
    const cell = book.learners.find((l) => l.id === ann.id)!.cells.find((c) => c.assignmentId === assignmentId)!;
    expect(cell.attempts).toBe(1);
    expect(cell.percent).toBeCloseTo(33.3, 0);
    const detail = await learnerDetail(t.db, teacher, classId, ann.id, at(200_000));
    expect(detail.attempts.map((a) => a.id)).not.toContain(practiceAttemptId);
    expect(detail.attempts).toHaveLength(await t.db.quizAttempt.count({ where: { userId: ann.id, assignmentId: { not: null } } }));
    expect(detail.attempts.every((a) => a.assignmentId !== null)).toBe(true);
    const items = await assignmentItemAnalysis(t.db, teacher, assignmentId, at(200_000));
    expect(items.attempts).toBe(1);
    const mine = await listAssignmentsForLearner(t.db, ann, at(200_000));
    expect(JSON.stringify(mine)).not.toContain(practiceQuizId);
    // Practice attempts exist all the same (three of Ann's, outside any assignment).
    expect(await t.db.quizAttempt.count({ where: { userId: ann.id, assignmentId: null } })).toBe(3);
  });

  it("is not the class's business: the instructor and other learners cannot start or read it", async () => {
    for (const v of [teacher, bob]) {
      await expect(startAttempt(t.db, v, { quizId: practiceQuizId }, at(300_000))).rejects.toMatchObject({ status: 404 });
      await expect(getAttemptResults(t.db, v, practiceAttemptId, at(300_000))).rejects.toMatchObject({ status: 404 });
      await expect(getAttemptView(t.db, v, practiceAttemptId, at(300_000))).rejects.toMatchObject({ status: 404 });
    }
    // Nor can it be taken as an assignment.
    await expect(startAttempt(t.db, ann, { quizId: practiceQuizId, assignmentId }, at(300_000))).rejects.toMatchObject({ status: 404 });
  });

  it("an instructor's own practice quiz is neither listed with their quizzes nor assignable", async () => {
    const quiz = await createPracticeQuiz(t.db, teacher, createPracticeQuizSchema.parse({ setId: privateSet, questionCount: 2, kinds: ["multiple_choice"] }));
    expect((await listOwnQuizzes(t.db, teacher)).map((q) => q.id)).not.toContain(quiz.id);
    const input = createAssignmentSchema.parse({ title: "x", kind: "quiz", quizId: quiz.id, opensAt: OPENS.toISOString(), dueAt: DUE.toISOString() });
    await expect(createAssignment(t.db, teacher, classId, input)).rejects.toMatchObject({ status: 404, code: "quiz_not_found" });
  });

  it("does not keep someone else's set from being deleted: the practice quizzes go with it", async () => {
    const quiz = await createPracticeQuiz(t.db, bob, createPracticeQuizSchema.parse({ setId: publicSet, questionCount: 2, kinds: ["multiple_choice"] }));
    const { attemptId } = await startAttempt(t.db, bob, { quizId: quiz.id }, at(0));
    await deleteSet(t.db, teacher.id, publicSet);
    expect(await t.db.cardSet.findUnique({ where: { id: publicSet } })).toBeNull();
    expect(await t.db.quiz.findUnique({ where: { id: quiz.id } })).toBeNull();
    expect(await t.db.quizAttempt.findUnique({ where: { id: attemptId } })).toBeNull();
    // A set with a real (instructor) quiz still cannot be deleted.
    await expect(deleteSet(t.db, teacher.id, privateSet)).rejects.toMatchObject({ status: 409, code: "set_in_use" });
  });
});
