// An instructor edits, deletes (confirmed when attempts exist), duplicates assignments and sets
// per-learner extensions; nobody else can — on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssignment, createAssignmentSchema } from "@/lib/assignments/create-assignment";
import { deleteAssignment, duplicateAssignment, listExtensions, setExtension, updateAssignment } from "@/lib/assignments/manage-assignment";
import { createClass } from "@/lib/classes/create-class";
import { joinClass } from "@/lib/classes/join-class";
import type { Db } from "@/lib/db/client";
import { createQuiz, createQuizSchema } from "@/lib/quiz/create-quiz";
import { startAttempt } from "@/lib/quiz/start-attempt";
import { seedFixtureSet } from "@/lib/quiz/test-support";
import type { Viewer } from "@/lib/auth/viewer";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

const OPENS = "2026-06-01T00:00:00.000Z";
const DUE = "2026-06-08T00:00:00.000Z";

async function user(db: Db, name: string, role: "learner" | "instructor"): Promise<Viewer> {
  const u = await db.user.create({ data: { name, email: `${name}@example.com`, passwordHash: "x", role } });
  return { id: u.id, role };
}

describe.each(PROVIDERS)("[%s] managing assignments", (provider) => {
  let t: TestDatabase;
  let teacher: Viewer, other: Viewer, ann: Viewer, stranger: Viewer;
  let classId: string, otherClassId: string, quizId: string;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    teacher = await user(t.db, "teacher", "instructor");
    other = await user(t.db, "other", "instructor");
    ann = await user(t.db, "ann", "learner");
    stranger = await user(t.db, "stranger", "learner");
    const setId = (await seedFixtureSet(t.db)).id;
    quizId = (await createQuiz(t.db, teacher, createQuizSchema.parse({ title: "Q", setId, questionCount: 3, kinds: ["multiple_choice"] }))).id;
    const cls = await createClass(t.db, teacher, { name: "A組" });
    classId = cls.id;
    otherClassId = (await createClass(t.db, teacher, { name: "B組" })).id;
    await joinClass(t.db, ann, cls.joinCode);
  });
  afterAll(async () => t.drop());

  const make = () => createAssignment(t.db, teacher, classId, createAssignmentSchema.parse({ title: "小テスト", kind: "quiz", quizId, opensAt: OPENS, dueAt: DUE }));

  it("edits the title, dates and late rule; the kind cannot change; others get 404", async () => {
    const a = await make();
    const input = createAssignmentSchema.parse({ title: "小テスト（改）", kind: "quiz", quizId, opensAt: OPENS, dueAt: "2026-06-09T00:00:00Z", lateUntil: "2026-06-10T00:00:00Z" });
    await updateAssignment(t.db, teacher, a.id, input);
    expect(await t.db.assignment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ title: "小テスト（改）", dueAt: new Date("2026-06-09T00:00:00Z"), lateUntil: new Date("2026-06-10T00:00:00Z") });
    await expect(updateAssignment(t.db, other, a.id, input)).rejects.toMatchObject({ status: 404 });
    const study = createAssignmentSchema.parse({ title: "x", kind: "study", setId: "s", targetReviews: 3, opensAt: OPENS, dueAt: DUE });
    await expect(updateAssignment(t.db, teacher, a.id, study)).rejects.toMatchObject({ status: 400 });
  });

  it("deleting an attempted assignment needs confirmation, then removes its attempts", async () => {
    const a = await make();
    await startAttempt(t.db, ann, { quizId, assignmentId: a.id }, new Date("2026-06-02T00:00:00Z"));
    await expect(deleteAssignment(t.db, teacher, a.id, { confirmAttempts: false })).rejects.toMatchObject({ status: 409, code: "has_attempts" });
    expect(await t.db.assignment.count({ where: { id: a.id } })).toBe(1);
    await expect(deleteAssignment(t.db, other, a.id, { confirmAttempts: true })).rejects.toMatchObject({ status: 404 });
    expect(await deleteAssignment(t.db, teacher, a.id, { confirmAttempts: true })).toEqual({ deleted: true, attempts: 1 });
    expect(await t.db.quizAttempt.count({ where: { assignmentId: a.id } })).toBe(0);
    const b = await make();
    expect(await deleteAssignment(t.db, teacher, b.id, { confirmAttempts: false })).toEqual({ deleted: true, attempts: 0 });
  });

  it("duplicates into another class the instructor owns only", async () => {
    const a = await make();
    const copy = await duplicateAssignment(t.db, teacher, a.id, { classId: otherClassId });
    expect(await t.db.assignment.findUniqueOrThrow({ where: { id: copy.id } })).toMatchObject({ classId: otherClassId, quizId, title: "小テスト", dueAt: new Date(DUE) });
    const foreign = await createClass(t.db, other, { name: "他人の組" });
    await expect(duplicateAssignment(t.db, teacher, a.id, { classId: foreign.id })).rejects.toMatchObject({ status: 404 });
  });

  it("extensions: set, listed, cleared; only for learners on the roster", async () => {
    const a = await make();
    await setExtension(t.db, teacher, a.id, { userId: ann.id, dueAt: new Date("2026-06-12T00:00:00Z") });
    expect((await listExtensions(t.db, teacher, a.id)).find((l) => l.id === ann.id)?.dueAt).toEqual(new Date("2026-06-12T00:00:00Z"));
    await expect(setExtension(t.db, teacher, a.id, { userId: stranger.id, dueAt: new Date("2026-06-12T00:00:00Z") })).rejects.toMatchObject({ status: 404, code: "not_enrolled" });
    await expect(setExtension(t.db, teacher, a.id, { userId: ann.id, dueAt: new Date("2026-05-01T00:00:00Z") })).rejects.toMatchObject({ status: 400 });
    await expect(setExtension(t.db, other, a.id, { userId: ann.id, dueAt: new Date("2026-06-12T00:00:00Z") })).rejects.toMatchObject({ status: 404 });
    await setExtension(t.db, teacher, a.id, { userId: ann.id, dueAt: null });
    expect(await t.db.assignmentExtension.count({ where: { assignmentId: a.id } })).toBe(0);
  });
});
