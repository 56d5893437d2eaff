// A set that quizzes or class assignments use cannot be deleted: their attempts and grades
// would go with it. Checked by the domain (409) and enforced by the schema (RESTRICT).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createQuiz, createQuizSchema } from "@/lib/quiz/create-quiz";
import { seedFixtureSet } from "@/lib/quiz/test-support";
import { deleteSet } from "@/lib/sets/manage-set";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

describe.each(PROVIDERS)("[%s] deleting a set", (provider) => {
  let t: TestDatabase;
  let teacherId: string;

  beforeAll(async () => {
    t = await freshDatabase(provider);
    teacherId = (await t.db.user.create({ data: { name: "T", email: "t@example.com", passwordHash: "x", role: "instructor" } })).id;
  });
  afterAll(async () => t.drop());

  it("refuses while a quiz uses the set, and the database refuses too", async () => {
    const set = await seedFixtureSet(t.db, { ownerId: teacherId, title: "used" });
    const quiz = await createQuiz(t.db, { id: teacherId, role: "instructor" }, createQuizSchema.parse({ title: "Q", setId: set.id, questionCount: 2, kinds: ["multiple_choice"] }));
    await expect(deleteSet(t.db, teacherId, set.id)).rejects.toMatchObject({ status: 409, code: "set_in_use" });
    await expect(t.db.cardSet.delete({ where: { id: set.id } })).rejects.toThrow();
    expect(await t.db.quiz.count({ where: { id: quiz.id } })).toBe(1);
    expect(await t.db.cardSet.count({ where: { id: set.id } })).toBe(1);
  });

  it("deletes an unused set", async () => {
    const set = await seedFixtureSet(t.db, { ownerId: teacherId, title: "unused" });
    await deleteSet(t.db, teacherId, set.id);
    expect(await t.db.cardSet.count({ where: { id: set.id } })).toBe(0);
  });
});
