// Only sets the instructor controls (built-in or their own) can be assigned for study.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssignment, createAssignmentSchema } from "@/lib/assignments/create-assignment";
import { createClass } from "@/lib/classes/create-class";
import { seedFixtureSet } from "@/lib/quiz/test-support";
import type { Viewer } from "@/lib/auth/viewer";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

const study = (setId: string) =>
  createAssignmentSchema.parse({ title: "復習", kind: "study", setId, targetReviews: 3, opensAt: "2026-04-01T00:00:00Z", dueAt: "2026-06-01T00:00:00Z" });

describe.each(PROVIDERS)("[%s] assigning a set", (provider) => {
  let t: TestDatabase;
  let teacher: Viewer;
  let learnerId: string;
  let classId: string;

  beforeAll(async () => {
    t = await freshDatabase(provider);
    teacher = { id: (await t.db.user.create({ data: { name: "T", email: "t@example.com", passwordHash: "x", role: "instructor" } })).id, role: "instructor" };
    learnerId = (await t.db.user.create({ data: { name: "L", email: "l@example.com", passwordHash: "x" } })).id;
    classId = (await createClass(t.db, teacher, { name: "A組" })).id;
  });
  afterAll(async () => t.drop());

  it("accepts a built-in set and the instructor's own set", async () => {
    const builtin = await seedFixtureSet(t.db, { title: "built-in" });
    const own = await seedFixtureSet(t.db, { title: "own", ownerId: teacher.id });
    for (const set of [builtin, own]) {
      const { id } = await createAssignment(t.db, teacher, classId, study(set.id));
      expect(await t.db.assignment.findUniqueOrThrow({ where: { id } })).toMatchObject({ setId: set.id, kind: "study" });
    }
  });

  it("asks for a copy of someone else's public set, and creates nothing", async () => {
    const theirs = await seedFixtureSet(t.db, { title: "learner's public", ownerId: learnerId, visibility: "public" });
    const before = await t.db.assignment.count();
    await expect(createAssignment(t.db, teacher, classId, study(theirs.id))).rejects.toMatchObject({ status: 409, code: "copy_set_first" });
    expect(await t.db.assignment.count()).toBe(before);
  });
});
