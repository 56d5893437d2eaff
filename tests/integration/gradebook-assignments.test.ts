// Assignments with due dates and late marking, the gradebook (status, score, time spent),
// its CSV, and item analysis over submitted attempts — on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssignment, createAssignmentSchema } from "@/lib/assignments/create-assignment";
import { listAssignmentsForLearner } from "@/lib/assignments/list-for-learner";
import { createClass } from "@/lib/classes/create-class";
import { joinClass } from "@/lib/classes/join-class";
import { removeLearner } from "@/lib/assignments/remove-learner";
import type { Db } from "@/lib/db/client";
import { gradebookCsv } from "@/lib/gradebook/csv";
import { buildGradebook } from "@/lib/gradebook/gradebook";
import { assignmentItemAnalysis } from "@/lib/gradebook/item-analysis";
import { answerQuestion } from "@/lib/quiz/answer";
import { getAttemptView } from "@/lib/quiz/attempt-view";
import { getAttemptResults } from "@/lib/quiz/results";
import { createQuiz, createQuizSchema } from "@/lib/quiz/create-quiz";
import { startAttempt } from "@/lib/quiz/start-attempt";
import { storedQuestion } from "@/lib/quiz/stored";
import { submitAttempt } from "@/lib/quiz/submit-attempt";
import { seedFixtureSet } from "@/lib/quiz/test-support";
import type { Viewer } from "@/lib/auth/viewer";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

const OPENS = new Date("2026-06-01T00:00:00Z");
const DUE = new Date("2026-06-08T00:00:00Z");
const at = (ms: number) => new Date(OPENS.getTime() + ms);

async function user(db: Db, name: string, role: "learner" | "instructor"): Promise<Viewer> {
  const u = await db.user.create({ data: { name, email: `${name}@example.com`, passwordHash: "x", role } });
  return { id: u.id, role };
}

/** Answers every question, right for the first `right` of them, as time passes by 1 s each. */
async function takeQuiz(db: Db, v: Viewer, attemptId: string, start: Date, right: number) {
  let now = start;
  for (let i = 0; ; i++) {
    const view = await getAttemptView(db, v, attemptId, now);
    if (!view.question) break;
    now = new Date(now.getTime() + 1000 * (i + 1));
    const row = await db.attemptQuestion.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: view.question.id } } });
    const q = storedQuestion(row.question);
    const good = q.kind === "typed" ? q.accepted![0]! : q.answer;
    const bad = q.kind === "multiple_choice" ? q.options!.find((o) => o !== q.answer)! : q.kind === "ordering" ? [...(q.answer as string[])].reverse() : "ちがう";
    await answerQuestion(db, v, attemptId, { questionId: q.id, answer: i < right ? good : bad }, now);
  }
  return submitAttempt(db, v, attemptId, now);
}

describe.each(PROVIDERS)("[%s] assignments, gradebook and item analysis", (provider) => {
  let t: TestDatabase;
  let teacher: Viewer;
  const learners: Viewer[] = [];
  let classId: string, quizAssignment: string, studyAssignment: string, setId: string, quizId: string;

  beforeAll(async () => {
    t = await freshDatabase(provider);
    teacher = await user(t.db, "teacher", "instructor");
    setId = (await seedFixtureSet(t.db)).id;
    quizId = (await createQuiz(t.db, teacher, createQuizSchema.parse({ title: "Q", setId, questionCount: 4, kinds: ["multiple_choice", "typed"], timeLimitSec: 1800, attemptsAllowed: 2 }))).id;
    const cls = await createClass(t.db, teacher, { name: "A組" });
    classId = cls.id;
    for (const name of ["ann", "ben", "cai", "dan", "eve"]) {
      const l = await user(t.db, name, "learner");
      await joinClass(t.db, l, cls.joinCode);
      learners.push(l);
    }
    const base = { opensAt: OPENS.toISOString(), dueAt: DUE.toISOString() };
    quizAssignment = (await createAssignment(t.db, teacher, classId, createAssignmentSchema.parse({ ...base, title: "小テスト", kind: "quiz", quizId, timeLimitSec: 600, lateUntil: new Date(DUE.getTime() + 3 * 86_400_000).toISOString() }))).id;
    studyAssignment = (await createAssignment(t.db, teacher, classId, createAssignmentSchema.parse({ ...base, title: "復習", kind: "study", setId, targetReviews: 2 }))).id;
  });
  afterAll(async () => t.drop());

  it("validates assignment input: dates in order, exactly one study target", () => {
    const base = { title: "x", opensAt: DUE.toISOString(), dueAt: OPENS.toISOString() };
    expect(createAssignmentSchema.safeParse({ ...base, kind: "quiz", quizId: "q" }).success).toBe(false);
    const ok = { title: "x", opensAt: OPENS.toISOString(), dueAt: DUE.toISOString() };
    expect(createAssignmentSchema.safeParse({ ...ok, kind: "study", setId: "s" }).success).toBe(false);
    expect(createAssignmentSchema.safeParse({ ...ok, kind: "study", setId: "s", targetReviews: 3, targetMastery: 0.5 }).success).toBe(false);
  });

  it("refuses a start before the assignment opens; the assignment's limit and due date cap the deadline", async () => {
    const [ann] = learners;
    await expect(startAttempt(t.db, ann!, { quizId, assignmentId: quizAssignment }, at(-1))).rejects.toMatchObject({ status: 403, code: "not_open" });
    const nearDue = new Date(DUE.getTime() - 120_000);
    const { attemptId } = await startAttempt(t.db, ann!, { quizId, assignmentId: quizAssignment }, nearDue);
    const row = await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row.deadline).toEqual(DUE);
    await takeQuiz(t.db, ann!, attemptId, nearDue, 4);
  });

  it("marks late work, builds the gradebook and its CSV", async () => {
    const [ann, ben, cai, dan, eve] = learners as [Viewer, Viewer, Viewer, Viewer, Viewer];
    // ben: on time, half right; cai: starts after the due date (late work is accepted here: full time limit); dan: never starts.
    const b = await startAttempt(t.db, ben, { quizId, assignmentId: quizAssignment }, at(3_600_000));
    await takeQuiz(t.db, ben, b.attemptId, at(3_600_000), 2);
    const lateStart = new Date(DUE.getTime() + 60_000);
    const c = await startAttempt(t.db, cai, { quizId, assignmentId: quizAssignment }, lateStart);
    expect((await t.db.quizAttempt.findUniqueOrThrow({ where: { id: c.attemptId } })).deadline).toEqual(new Date(lateStart.getTime() + 600_000));
    await takeQuiz(t.db, cai, c.attemptId, lateStart, 1);
    // eve: starts and abandons; read after the deadline it is auto-submitted.
    const e = await startAttempt(t.db, eve, { quizId, assignmentId: quizAssignment }, at(7_200_000));
    const q = (await getAttemptView(t.db, eve, e.attemptId, at(7_200_000))).question!;
    const row = await t.db.attemptQuestion.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: e.attemptId, questionId: q.id } } });
    const sq = storedQuestion(row.question);
    await answerQuestion(t.db, eve, e.attemptId, { questionId: q.id, answer: sq.kind === "typed" ? sq.accepted![0]! : sq.answer }, at(7_205_000));
    // Study: ann reviews twice before the due date.
    const cards = await t.db.setCard.findMany({ where: { setId }, take: 2, select: { cardId: true } });
    for (const [i, c2] of cards.entries()) {
      await t.db.reviewLog.create({ data: { userId: ann.id, cardId: c2.cardId, idempotencyKey: `k${i}`, rating: "good", reviewedAt: at(1000 * (i + 1)), durationMs: 4000, stateBefore: "new", scheduledDays: 1, due: at(86_400_000) } });
    }

    const now = new Date(DUE.getTime() + 86_400_000);
    const book = await buildGradebook(t.db, teacher, classId, now);
    expect(book.assignments.map((a) => a.id).sort()).toEqual([quizAssignment, studyAssignment].sort());
    const qi = book.assignments.findIndex((a) => a.id === quizAssignment);
    const si = 1 - qi;
    const cell = (v: Viewer, i: number) => book.learners.find((l) => l.id === v.id)!.cells[i]!;
    expect(cell(ann, qi)).toMatchObject({ status: "completed", percent: 100 });
    expect(cell(ben, qi)).toMatchObject({ status: "completed", percent: 50, late: false });
    expect(cell(cai, qi)).toMatchObject({ status: "late", percent: 25, late: true });
    expect(cell(dan, qi)).toMatchObject({ status: "missing", percent: null });
    expect(cell(eve, qi)).toMatchObject({ status: "completed", percent: 25, timeSpentMs: 600_000 });
    expect(await t.db.quizAttempt.count({ where: { userId: eve.id, status: "submitted", autoSubmitted: true } })).toBe(1);
    expect(cell(ben, qi).timeSpentMs).toBeGreaterThan(0);
    expect(cell(ann, si)).toMatchObject({ status: "completed", percent: 100, timeSpentMs: 8000 });
    expect(cell(ben, si)).toMatchObject({ status: "missing", percent: 0 });

    const csv = gradebookCsv(book);
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(1 + learners.length);
    expect(csv).toContain("cai@example.com,");
    expect(csv).toContain(",late,");

    const mine = await listAssignmentsForLearner(t.db, cai, now);
    expect(mine.find((a) => a.id === quizAssignment)!.cell.status).toBe("late");
  });

  it("item analysis over the submitted attempts", async () => {
    const report = await assignmentItemAnalysis(t.db, teacher, quizAssignment, new Date(DUE.getTime() + 86_400_000));
    expect(report.attempts).toBe(4);
    expect(report.items.length).toBeGreaterThan(0);
    for (const item of report.items) {
      expect(item.prompt.length).toBeGreaterThan(0);
      // Each row carries what tells two questions apart: the options (with the right one) or the items in order.
      if (item.kind === "multiple_choice") expect(item.options).toContain(item.answer);
      if (item.kind === "ordering") expect(item.options.length).toBeGreaterThanOrEqual(2);
      if (item.kind === "typed") expect(item.options).toEqual([]);
      if (item.facility !== null) expect(item.facility).toBeGreaterThanOrEqual(0);
      if (item.meanTimeMs !== null) expect(item.meanTimeMs).toBeGreaterThanOrEqual(0);
    }
    await expect(assignmentItemAnalysis(t.db, teacher, (await t.db.assignment.findFirstOrThrow({ where: { kind: "study" } })).id, new Date())).rejects.toMatchObject({ status: 409 });
  });

  it("removing a learner submits their open attempt; they cannot keep answering", async () => {
    const fay = await user(t.db, "fay", "learner");
    await joinClass(t.db, fay, (await t.db.class.findUniqueOrThrow({ where: { id: classId } })).joinCode);
    const start = at(10_000_000);
    const { attemptId } = await startAttempt(t.db, fay, { quizId, assignmentId: quizAssignment }, start);
    const q = (await getAttemptView(t.db, fay, attemptId, start)).question!;
    const removedAt = new Date(start.getTime() + 5000);
    expect(await removeLearner(t.db, teacher, classId, fay.id, removedAt)).toMatchObject({ removed: true, closedAttempts: 1 });
    expect(await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ status: "submitted", submittedAt: removedAt });
    const sq = storedQuestion((await t.db.attemptQuestion.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: q.id } } })).question);
    await expect(
      answerQuestion(t.db, fay, attemptId, { questionId: q.id, answer: sq.kind === "typed" ? sq.accepted![0]! : sq.answer }, new Date(removedAt.getTime() + 1000)),
    ).rejects.toMatchObject({ status: expect.any(Number) });
    expect((await t.db.attemptQuestion.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: q.id } } })).answeredAt).toBeNull();
  });

  it("joining twice at once enrolls once and both requests succeed", async () => {
    const gus = await user(t.db, "gus", "learner");
    const { joinCode } = await t.db.class.findUniqueOrThrow({ where: { id: classId } });
    const results = await Promise.all([joinClass(t.db, gus, joinCode), joinClass(t.db, gus, joinCode)]);
    expect(results.map((r) => r.classId)).toEqual([classId, classId]);
    expect(results.map((r) => r.alreadyMember).sort()).toEqual([false, true]);
    expect(await t.db.enrollment.count({ where: { classId, userId: gus.id } })).toBe(1);
    expect(await joinClass(t.db, gus, joinCode)).toMatchObject({ classId, alreadyMember: true });
  });

  it("with showAnswers never, a learner sees the total but not which questions were right", async () => {
    const hal = await user(t.db, "hal", "learner");
    await joinClass(t.db, hal, (await t.db.class.findUniqueOrThrow({ where: { id: classId } })).joinCode);
    const hidden = await createQuiz(t.db, teacher, createQuizSchema.parse({ title: "H", setId, questionCount: 4, kinds: ["multiple_choice", "typed"], showAnswers: "never" }));
    const base = { opensAt: OPENS.toISOString(), dueAt: DUE.toISOString() };
    const assignmentId = (await createAssignment(t.db, teacher, classId, createAssignmentSchema.parse({ ...base, title: "秘密", kind: "quiz", quizId: hidden.id }))).id;
    const start = at(20_000_000);
    const { attemptId } = await startAttempt(t.db, hal, { quizId: hidden.id, assignmentId }, start);
    await takeQuiz(t.db, hal, attemptId, start, 1);
    const mine = await getAttemptResults(t.db, hal, attemptId, new Date(DUE.getTime() + 86_400_000));
    expect(mine).toMatchObject({ score: 1, maxScore: 4, answersShown: false });
    for (const q of mine.questions) {
      expect(q).not.toHaveProperty("correct");
      expect(q).not.toHaveProperty("score");
      expect(q).not.toHaveProperty("reveal");
      expect(q.given).not.toBeNull();
    }
    // The instructor still sees everything.
    const staff = await getAttemptResults(t.db, teacher, attemptId, start);
    expect(staff.answersShown).toBe(true);
    expect(staff.questions.filter((q) => q.correct)).toHaveLength(1);
  });

  it("an assignment without a time limit on a per-question quiz: the attempt ends at questions × limit, or the due date if earlier", async () => {
    const perQ = await createQuiz(t.db, teacher, createQuizSchema.parse({ title: "P", setId, questionCount: 4, kinds: ["multiple_choice"], perQuestionSec: 60, attemptsAllowed: null }));
    const base = { opensAt: OPENS.toISOString(), dueAt: DUE.toISOString() };
    const assignmentId = (await createAssignment(t.db, teacher, classId, createAssignmentSchema.parse({ ...base, title: "一問ずつ", kind: "quiz", quizId: perQ.id }))).id;
    const ann = learners[0]!;
    const early = at(1_000);
    const first = await startAttempt(t.db, ann, { quizId: perQ.id, assignmentId }, early);
    expect((await t.db.quizAttempt.findUniqueOrThrow({ where: { id: first.attemptId } })).deadline).toEqual(new Date(early.getTime() + 4 * 60_000));
    await submitAttempt(t.db, ann, first.attemptId, early);
    const nearDue = new Date(DUE.getTime() - 30_000);
    const second = await startAttempt(t.db, ann, { quizId: perQ.id, assignmentId }, nearDue);
    expect((await t.db.quizAttempt.findUniqueOrThrow({ where: { id: second.attemptId } })).deadline).toEqual(DUE);
  });
});
