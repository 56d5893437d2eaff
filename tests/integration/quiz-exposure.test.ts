// Open-book detection for quizzes: a quiz's questions are readable by learners when its set is
// built-in, public, shared or assigned for study, or when its cards are also in such a set;
// an instructor's private set of cards they wrote or edited is closed-book — on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssignment, createAssignmentSchema } from "@/lib/assignments/create-assignment";
import { createClass } from "@/lib/classes/create-class";
import type { Db } from "@/lib/db/client";
import { createQuiz, createQuizSchema } from "@/lib/quiz/create-quiz";
import { setExposure } from "@/lib/quiz/set-exposure";
import { seedFixtureSet } from "@/lib/quiz/test-support";
import type { Viewer } from "@/lib/auth/viewer";
import { editCardInSet } from "@/lib/sets/set-cards";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

async function user(db: Db, name: string, role: "learner" | "instructor"): Promise<Viewer> {
  const u = await db.user.create({ data: { name, email: `${name}@example.com`, passwordHash: "x", role } });
  return { id: u.id, role };
}

describe.each(PROVIDERS)("[%s] open-book quizzes", (provider) => {
  let t: TestDatabase;
  let teacher: Viewer;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    teacher = await user(t.db, "teacher", "instructor");
  });
  afterAll(async () => t.drop());

  it("built-in and public sets are open book; a private copy of the same cards is open book card by card", async () => {
    const builtin = await seedFixtureSet(t.db, { title: "組み込み" });
    const pub = await seedFixtureSet(t.db, { title: "公開", ownerId: teacher.id, visibility: "public" });
    const mine = await seedFixtureSet(t.db, { title: "非公開コピー", ownerId: teacher.id });
    const ex = await setExposure(t.db, [builtin.id, pub.id, mine.id]);
    expect(ex.get(builtin.id)).toMatchObject({ reason: "builtin", openBook: true });
    expect(ex.get(pub.id)).toMatchObject({ reason: "public", openBook: true });
    const m = ex.get(mine.id)!;
    expect(m.reason).toBeNull();
    expect(m.cards).toBeGreaterThan(0);
    expect(m.exposedCards).toBe(m.cards);
  });

  it("editing a card makes it the instructor's own: a private set of edited cards is closed book, and a quiz can be built from it", async () => {
    // A fresh database state for this set: only private sets hold these cards once edited.
    const mine = await seedFixtureSet(t.db, { title: "自作問題", ownerId: teacher.id });
    const members = await t.db.setCard.findMany({ where: { setId: mine.id }, select: { cardId: true, card: { select: { back: true } } } });
    for (const m of members) await editCardInSet(t.db, teacher.id, mine.id, m.cardId, { front: `問：${m.cardId.slice(0, 6)}`, back: m.card.back });
    const ex = (await setExposure(t.db, [mine.id])).get(mine.id)!;
    expect(ex).toMatchObject({ reason: null, exposedCards: 0, openBook: false, cards: members.length });
    const quiz = await createQuiz(t.db, teacher, createQuizSchema.parse({ title: "非公開クイズ", setId: mine.id, questionCount: 3, kinds: ["typed"] }));
    expect(quiz.questionCount).toBeGreaterThan(0);

    // Assigning the set for study lets the class read it: open book from then on.
    const cls = await createClass(t.db, teacher, { name: "C組" });
    await createAssignment(t.db, teacher, cls.id, createAssignmentSchema.parse({ title: "学習", kind: "study", setId: mine.id, targetReviews: 5, opensAt: "2026-06-01T00:00:00Z", dueAt: "2026-06-08T00:00:00Z" }));
    expect((await setExposure(t.db, [mine.id])).get(mine.id)).toMatchObject({ reason: "assigned", openBook: true });
  });
});
