// Late work is an assignment option (off by default) with per-learner extensions, and a quiz's
// answers are released to a learner only once they can no longer attempt — on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssignment, createAssignmentSchema } from "@/lib/assignments/create-assignment";
import { loadProgress, cellOf } from "@/lib/assignments/progress";
import { createClass } from "@/lib/classes/create-class";
import { joinClass } from "@/lib/classes/join-class";
import type { Db } from "@/lib/db/client";
import { answerQuestion } from "@/lib/quiz/answer";
import { getAttemptView } from "@/lib/quiz/attempt-view";
import { createQuiz, createQuizSchema } from "@/lib/quiz/create-quiz";
import { getAttemptResults } from "@/lib/quiz/results";
import { startAttempt } from "@/lib/quiz/start-attempt";
import { storedQuestion } from "@/lib/quiz/stored";
import { submitAttempt } from "@/lib/quiz/submit-attempt";
import { seedFixtureSet } from "@/lib/quiz/test-support";
import type { Viewer } from "@/lib/auth/viewer";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

const OPENS = new Date("2026-06-01T00:00:00Z");
const DUE = new Date("2026-06-08T00:00:00Z");
const HOUR = 3_600_000;
const afterDue = (h: number) => new Date(DUE.getTime() + h * HOUR);

async function user(db: Db, name: string, role: "learner" | "instructor"): Promise<Viewer> {
  const u = await db.user.create({ data: { name, email: `${name}@example.com`, passwordHash: "x", role } });
  return { id: u.id, role };
}

/** Answers every question right, 1 s apart, and submits. */
async function takeAll(db: Db, v: Viewer, attemptId: string, start: Date) {
  let now = start;
  for (;;) {
    const view = await getAttemptView(db, v, attemptId, now);
    if (!view.question) break;
    now = new Date(now.getTime() + 1000);
    const q = storedQuestion((await db.attemptQuestion.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: view.question.id } } })).question);
    await answerQuestion(db, v, attemptId, { questionId: q.id, answer: q.kind === "typed" ? q.accepted![0]! : q.answer }, now);
  }
  return submitAttempt(db, v, attemptId, now);
}

describe.each(PROVIDERS)("[%s] late work, extensions and answer release", (provider) => {
  let t: TestDatabase;
  let teacher: Viewer;
  let classId: string, joinCode: string, setId: string;
  const base = { opensAt: OPENS.toISOString(), dueAt: DUE.toISOString() };

  beforeAll(async () => {
    t = await freshDatabase(provider);
    teacher = await user(t.db, "teacher", "instructor");
    setId = (await seedFixtureSet(t.db)).id;
    const cls = await createClass(t.db, teacher, { name: "B組" });
    classId = cls.id;
    joinCode = cls.joinCode;
  });
  afterAll(async () => t.drop());

  async function learner(name: string) {
    const l = await user(t.db, name, "learner");
    await joinClass(t.db, l, joinCode);
    return l;
  }
  async function quizAssignment(quiz: Record<string, unknown>, assignment: Record<string, unknown> = {}) {
    const q = await createQuiz(t.db, teacher, createQuizSchema.parse({ title: "Q", setId, questionCount: 3, kinds: ["multiple_choice"], ...quiz }));
    const a = await createAssignment(t.db, teacher, classId, createAssignmentSchema.parse({ ...base, title: "課題", kind: "quiz", quizId: q.id, ...assignment }));
    return { quizId: q.id, assignmentId: a.id };
  }

  it("late work is off by default: a start after the due date is refused and nothing is written", async () => {
    const ann = await learner("ann");
    const { quizId, assignmentId } = await quizAssignment({});
    expect((await t.db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).lateUntil).toBeNull();
    await expect(startAttempt(t.db, ann, { quizId, assignmentId }, afterDue(1))).rejects.toMatchObject({ status: 403, code: "closed" });
    expect(await t.db.quizAttempt.count({ where: { assignmentId } })).toBe(0);
    const cells = await loadProgress(t.db, [await t.db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })], [ann.id], afterDue(1));
    expect(cellOf(cells, assignmentId, ann.id)).toMatchObject({ status: "missing" });
  });

  it("with late work accepted until a date: late starts are marked late and cut off at that date", async () => {
    const ben = await learner("ben");
    const lateUntil = afterDue(24);
    const { quizId, assignmentId } = await quizAssignment({ timeLimitSec: 3 * HOUR / 1000 }, { lateUntil: lateUntil.toISOString() });
    expect(createAssignmentSchema.safeParse({ ...base, title: "x", kind: "quiz", quizId, lateUntil: OPENS.toISOString() }).success).toBe(false);
    const start = afterDue(23);
    const { attemptId } = await startAttempt(t.db, ben, { quizId, assignmentId }, start);
    expect((await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).deadline).toEqual(lateUntil);
    await takeAll(t.db, ben, attemptId, start);
    const cells = await loadProgress(t.db, [await t.db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })], [ben.id], afterDue(30));
    expect(cellOf(cells, assignmentId, ben.id)).toMatchObject({ status: "late", late: true });
    const cai = await learner("cai");
    await expect(startAttempt(t.db, cai, { quizId, assignmentId }, lateUntil)).rejects.toMatchObject({ status: 403, code: "closed" });
  });

  it("a per-learner extension replaces the due date for that learner only", async () => {
    const dan = await learner("dan");
    const eve = await learner("eve");
    const { quizId, assignmentId } = await quizAssignment({});
    const extended = afterDue(48);
    await t.db.assignmentExtension.create({ data: { assignmentId, userId: dan.id, dueAt: extended } });
    await expect(startAttempt(t.db, eve, { quizId, assignmentId }, afterDue(1))).rejects.toMatchObject({ code: "closed" });
    const { attemptId } = await startAttempt(t.db, dan, { quizId, assignmentId }, afterDue(47.99));
    expect((await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).deadline).toEqual(extended);
    await takeAll(t.db, dan, attemptId, afterDue(47.99));
    const a = await t.db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    const cells = await loadProgress(t.db, [a], [dan.id, eve.id], afterDue(50));
    expect(cellOf(cells, assignmentId, dan.id)).toMatchObject({ status: "completed", late: false, extended: true, dueAt: extended });
    expect(cellOf(cells, assignmentId, eve.id)).toMatchObject({ status: "missing", extended: false, dueAt: DUE });
  });

  it("after_due: answers stay hidden while a late attempt is still possible, and show once it is not", async () => {
    const fay = await learner("fay");
    const lateUntil = afterDue(24);
    const { quizId, assignmentId } = await quizAssignment({ attemptsAllowed: 2, showAnswers: "after_due" }, { lateUntil: lateUntil.toISOString() });
    const start = new Date(DUE.getTime() - HOUR);
    const { attemptId } = await startAttempt(t.db, fay, { quizId, assignmentId }, start);
    await takeAll(t.db, fay, attemptId, start);
    // The reported hole: after the due date, with a late attempt left, the answers were shown.
    const during = await getAttemptResults(t.db, fay, attemptId, afterDue(1));
    expect(during.answersShown).toBe(false);
    for (const q of during.questions) expect(q).not.toHaveProperty("reveal");
    expect((await getAttemptResults(t.db, fay, attemptId, lateUntil)).answersShown).toBe(true);
    // Staff always see them.
    expect((await getAttemptResults(t.db, teacher, attemptId, afterDue(1))).answersShown).toBe(true);
  });

  it("after_submit: hidden while attempts remain, shown after the last one", async () => {
    const gus = await learner("gus");
    const { quizId, assignmentId } = await quizAssignment({ attemptsAllowed: 2, showAnswers: "after_submit" });
    const s1 = new Date(OPENS.getTime() + HOUR);
    const first = await startAttempt(t.db, gus, { quizId, assignmentId }, s1);
    await takeAll(t.db, gus, first.attemptId, s1);
    expect((await getAttemptResults(t.db, gus, first.attemptId, new Date(s1.getTime() + 60_000))).answersShown).toBe(false);
    const s2 = new Date(OPENS.getTime() + 2 * HOUR);
    const second = await startAttempt(t.db, gus, { quizId, assignmentId }, s2);
    // With the second attempt open, the first one's answers stay hidden.
    expect((await getAttemptResults(t.db, gus, first.attemptId, s2)).answersShown).toBe(false);
    await takeAll(t.db, gus, second.attemptId, s2);
    const after = new Date(s2.getTime() + 60_000);
    expect((await getAttemptResults(t.db, gus, first.attemptId, after)).answersShown).toBe(true);
    await expect(startAttempt(t.db, gus, { quizId, assignmentId }, after)).rejects.toMatchObject({ status: 409, code: "no_attempts_left" });
  });
});
