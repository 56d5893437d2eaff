// Every role × resource pair over the domain guards, with foreign ids: the class owner, another
// instructor, an enrolled learner, a learner from elsewhere and a removed learner.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssignment, createAssignmentSchema } from "@/lib/assignments/create-assignment";
import { listAssignmentsForLearner } from "@/lib/assignments/list-for-learner";
import { createClass } from "@/lib/classes/create-class";
import { requireAssignmentAccess, requireMemberOrOwnerOf } from "@/lib/classes/guards";
import { joinClass } from "@/lib/classes/join-class";
import { removeLearner } from "@/lib/assignments/remove-learner";
import { getRoster } from "@/lib/classes/roster";
import type { Db } from "@/lib/db/client";
import { buildGradebook, learnerDetail } from "@/lib/gradebook/gradebook";
import { assignmentItemAnalysis } from "@/lib/gradebook/item-analysis";
import { answerQuestion } from "@/lib/quiz/answer";
import { getAttemptView } from "@/lib/quiz/attempt-view";
import { createQuiz, createQuizSchema } from "@/lib/quiz/create-quiz";
import { getAttemptResults } from "@/lib/quiz/results";
import { startAttempt } from "@/lib/quiz/start-attempt";
import { submitAttempt } from "@/lib/quiz/submit-attempt";
import { seedFixtureSet } from "@/lib/quiz/test-support";
import type { Viewer } from "@/lib/auth/viewer";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

const NOW = new Date("2026-05-01T09:00:00Z");
const ROLES = ["owner", "otherInstructor", "member", "outsider", "removed"] as const;
type RoleName = (typeof ROLES)[number];
type Outcome = "ok" | 403 | 404 | 409;

async function user(db: Db, name: string, role: "learner" | "instructor"): Promise<Viewer> {
  const u = await db.user.create({ data: { name, email: `${name}@example.com`, passwordHash: "x", role } });
  return { id: u.id, role };
}

async function outcome(work: () => Promise<unknown>): Promise<Outcome> {
  try {
    await work();
    return "ok";
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 403 || status === 404 || status === 409) return status;
    throw e;
  }
}

describe.each(PROVIDERS)("[%s] authorization matrix", (provider) => {
  let t: TestDatabase;
  const v = {} as Record<RoleName, Viewer>;
  let classId: string, assignmentId: string, quizId: string, attemptId: string, setId: string, foreignClassId: string;

  beforeAll(async () => {
    t = await freshDatabase(provider);
    v.owner = await user(t.db, "owner", "instructor");
    v.otherInstructor = await user(t.db, "other", "instructor");
    v.member = await user(t.db, "member", "learner");
    v.outsider = await user(t.db, "outsider", "learner");
    v.removed = await user(t.db, "removed", "learner");
    setId = (await seedFixtureSet(t.db)).id;
    quizId = (await createQuiz(t.db, v.owner, createQuizSchema.parse({ title: "Q", setId, questionCount: 3, kinds: ["multiple_choice", "typed"], timeLimitSec: 600 }))).id;
    const cls = await createClass(t.db, v.owner, { name: "A組" });
    classId = cls.id;
    foreignClassId = (await createClass(t.db, v.otherInstructor, { name: "B組" })).id;
    await joinClass(t.db, v.member, cls.joinCode);
    await joinClass(t.db, v.removed, cls.joinCode);
    await joinClass(t.db, v.outsider, (await t.db.class.findUniqueOrThrow({ where: { id: foreignClassId } })).joinCode);
    await removeLearner(t.db, v.owner, classId, v.removed.id, NOW);
    assignmentId = (await createAssignment(t.db, v.owner, classId, createAssignmentSchema.parse({
      title: "課題", kind: "quiz", quizId, opensAt: "2026-04-01T00:00:00Z", dueAt: "2026-06-01T00:00:00Z",
    }))).id;
    attemptId = (await startAttempt(t.db, v.member, { quizId, assignmentId }, NOW)).attemptId;
  });
  afterAll(async () => t.drop());

  // Expected outcome per role; a foreign id is always "not found", never "forbidden" with details.
  const matrix: [string, (r: RoleName) => () => Promise<unknown>, Record<RoleName, Outcome>][] = [
    ["view class", (r) => () => requireMemberOrOwnerOf(t.db, v[r], classId), { owner: "ok", otherInstructor: 404, member: "ok", outsider: 404, removed: 404 }],
    ["roster", (r) => () => getRoster(t.db, v[r], classId), { owner: "ok", otherInstructor: 404, member: 403, outsider: 403, removed: 403 }],
    ["remove a learner (foreign class id)", (r) => () => removeLearner(t.db, v[r], foreignClassId, v.outsider.id, NOW), { owner: 404, otherInstructor: "ok", member: 403, outsider: 403, removed: 403 }],
    ["create assignment", (r) => () => createAssignment(t.db, v[r], classId, createAssignmentSchema.parse({ title: "x", kind: "study", setId, targetReviews: 5, opensAt: "2026-04-01T00:00:00Z", dueAt: "2026-06-01T00:00:00Z" })), { owner: "ok", otherInstructor: 404, member: 403, outsider: 403, removed: 403 }],
    ["assign someone else's quiz to own class", (r) => () => createAssignment(t.db, v[r], foreignClassId, createAssignmentSchema.parse({ title: "x", kind: "quiz", quizId, opensAt: "2026-04-01T00:00:00Z", dueAt: "2026-06-01T00:00:00Z" })), { owner: 404, otherInstructor: 404, member: 403, outsider: 403, removed: 403 }],
    ["gradebook", (r) => () => buildGradebook(t.db, v[r], classId, NOW), { owner: "ok", otherInstructor: 404, member: 403, outsider: 403, removed: 403 }],
    ["learner detail", (r) => () => learnerDetail(t.db, v[r], classId, v.member.id, NOW), { owner: "ok", otherInstructor: 404, member: 403, outsider: 403, removed: 403 }],
    ["item analysis", (r) => () => assignmentItemAnalysis(t.db, v[r], assignmentId, NOW), { owner: "ok", otherInstructor: 404, member: 403, outsider: 403, removed: 403 }],
    ["view assignment", (r) => () => requireAssignmentAccess(t.db, v[r], assignmentId), { owner: "ok", otherInstructor: 404, member: "ok", outsider: 404, removed: 404 }],
    ["start the assigned quiz", (r) => () => startAttempt(t.db, v[r], { quizId, assignmentId }, NOW), { owner: 404, otherInstructor: 404, member: "ok", outsider: 404, removed: 404 }],
    ["start the quiz outside an assignment", (r) => () => startAttempt(t.db, v[r], { quizId }, NOW), { owner: "ok", otherInstructor: 404, member: 404, outsider: 404, removed: 404 }],
    ["create a quiz", (r) => () => createQuiz(t.db, v[r], createQuizSchema.parse({ title: "x", setId, questionCount: 2, kinds: ["typed"] })), { owner: "ok", otherInstructor: "ok", member: 403, outsider: 403, removed: 403 }],
    ["read the member's attempt", (r) => () => getAttemptView(t.db, v[r], attemptId, NOW), { owner: 404, otherInstructor: 404, member: "ok", outsider: 404, removed: 404 }],
    ["answer in the member's attempt", (r) => () => answerQuestion(t.db, v[r], attemptId, { questionId: "nope", answer: "x" }, NOW), { owner: 404, otherInstructor: 404, member: 404, outsider: 404, removed: 404 }],
    ["results of the member's attempt (in progress)", (r) => () => getAttemptResults(t.db, v[r], attemptId, NOW), { owner: 409, otherInstructor: 404, member: 409, outsider: 404, removed: 404 }],
  ];

  it.each(matrix)("%s", async (_name, action, expected) => {
    const actual = {} as Record<RoleName, Outcome>;
    for (const r of ROLES) actual[r] = await outcome(action(r));
    expect(actual).toEqual(expected);
  });

  it("submitting and results after submission: only the learner and the class's instructor", async () => {
    for (const r of ["owner", "otherInstructor", "outsider", "removed"] as const) {
      expect(await outcome(() => submitAttempt(t.db, v[r], attemptId, NOW))).toBe(404);
    }
    expect(await outcome(() => submitAttempt(t.db, v.member, attemptId, NOW))).toBe("ok");
    const results: Record<RoleName, Outcome> = {} as Record<RoleName, Outcome>;
    for (const r of ROLES) results[r] = await outcome(() => getAttemptResults(t.db, v[r], attemptId, NOW));
    expect(results).toEqual({ owner: "ok", otherInstructor: 404, member: "ok", outsider: 404, removed: 404 });
  });

  it("learners see only their classes' assignments; a wrong join code or a removed learner writes nothing", async () => {
    const ids = async (r: RoleName) => (await listAssignmentsForLearner(t.db, v[r], NOW)).map((a) => a.id);
    expect(await ids("member")).toContain(assignmentId);
    expect(await ids("outsider")).not.toContain(assignmentId);
    expect(await ids("removed")).not.toContain(assignmentId);
    const before = await t.db.enrollment.count();
    await expect(joinClass(t.db, v.outsider, "ZZZZZZZZ")).rejects.toMatchObject({ status: 404, code: "invalid_code" });
    const code = (await t.db.class.findUniqueOrThrow({ where: { id: classId } })).joinCode;
    await expect(joinClass(t.db, v.removed, code)).rejects.toMatchObject({ status: 403, code: "removed" });
    await expect(joinClass(t.db, v.owner, code)).rejects.toMatchObject({ status: 403 });
    expect(await t.db.enrollment.count()).toBe(before);
  });
});
