// Study order with real data: cards of one fact (siblings) come one a day unless the learner
// asks otherwise, the set list counts the same, and a quiz holds one question per fact.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDueCounts } from "@/lib/progress/set-due-counts";
import { updateStudySettings } from "@/lib/progress/settings";
import { createQuiz, createQuizSchema } from "@/lib/quiz/create-quiz";
import { startAttempt } from "@/lib/quiz/start-attempt";
import { seedFixtureCorpus } from "@/lib/sets/test-seed";
import { loadStudyQueue } from "@/lib/study/load-queue";
import { submitReview } from "@/lib/study/submit-review";
import { undoReview } from "@/lib/study/undo-review";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

const NOW = new Date("2026-03-02T03:00:00.000Z"); // 12:00 in Tokyo

describe.each(PROVIDERS)("[%s] siblings in the study queue and in quizzes", (provider) => {
  let t: TestDatabase;
  let learner: string;
  let setId: string;

  beforeAll(async () => {
    t = await freshDatabase(provider);
    await seedFixtureCorpus(t.db);
    learner = (await t.db.user.create({ data: { email: "s@example.com", name: "S", passwordHash: "x", newPerDay: 1000 } })).id;
    setId = (await t.db.cardSet.findUniqueOrThrow({ where: { slug: "builtin-doc-fixture-talks" } })).id;
  });
  afterAll(async () => t.drop());

  const factsOf = (cards: { factId: string | null }[]) => cards.map((c) => c.factId).filter((f): f is string => !!f);

  it("shows one card per fact a day; a fact reviewed today keeps its siblings back until tomorrow", async () => {
    const inSet = await t.db.setCard.count({ where: { setId } });
    const first = (await loadStudyQueue(t.db, learner, setId, NOW))!;
    const facts = factsOf(first.queue);
    expect(new Set(facts).size).toBe(facts.length);
    expect(first.queue.length).toBeLessThan(inSet);
    expect(first.counts.new).toBe(first.queue.length);

    const card = first.queue.find((c) => c.factId)!;
    const review = await submitReview(t.db, learner, { cardId: card.id, rating: "easy", idempotencyKey: "sibling-review-1", durationMs: 900 }, NOW);
    const after = (await loadStudyQueue(t.db, learner, setId, new Date(NOW.getTime() + 60_000)))!;
    expect([...after.queue, ...after.later].some((c) => c.factId === card.factId)).toBe(false);
    const siblings = await t.db.card.count({ where: { factId: card.factId, retired: false, sets: { some: { setId } } } });
    expect(siblings).toBeGreaterThan(1);

    // The set list counts what the queue shows.
    const listed = (await setDueCounts(t.db, learner, new Date(NOW.getTime() + 60_000))).find((s) => s.id === setId)!;
    expect(listed.due.new).toBe(after.counts.new);

    // The next study day (Tokyo rolls over at 04:00 = 19:00Z) the siblings come back.
    const tomorrow = (await loadStudyQueue(t.db, learner, setId, new Date("2026-03-02T19:30:00.000Z")))!;
    expect(tomorrow.queue.some((c) => c.factId === card.factId && c.id !== card.id)).toBe(true);

    // An undone review no longer holds the siblings back.
    await undoReview(t.db, learner, review.reviewId);
    const undone = (await loadStudyQueue(t.db, learner, setId, new Date(NOW.getTime() + 120_000)))!;
    expect(undone.queue.some((c) => c.factId === card.factId)).toBe(true);
  });

  it("shows siblings on the same day when the learner turns the setting on", async () => {
    const user = await t.db.user.findUniqueOrThrow({ where: { id: learner } });
    expect(user.siblingsSameDay).toBe(false);
    await updateStudySettings(t.db, learner, { desiredRetention: 0.9, newPerDay: 1000, reviewsPerDay: 200, timeZone: "Asia/Tokyo", siblingsSameDay: true });
    const q = (await loadStudyQueue(t.db, learner, setId, NOW))!;
    expect(q.settings.siblingsSameDay).toBe(true);
    expect(q.queue.length).toBe(await t.db.setCard.count({ where: { setId } }));
    // Saving the other settings without the field keeps the choice.
    await updateStudySettings(t.db, learner, { desiredRetention: 0.85, newPerDay: 1000, reviewsPerDay: 200, timeZone: "Asia/Tokyo" });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: learner } })).siblingsSameDay).toBe(true);
  });

  it("a quiz attempt holds one question per fact", async () => {
    const teacher = await t.db.user.create({ data: { email: "q@example.com", name: "Q", passwordHash: "x", role: "instructor" } });
    const viewer = { id: teacher.id, role: "instructor" as const };
    const quiz = await createQuiz(t.db, viewer, createQuizSchema.parse({ title: "Q", setId, questionCount: 50, kinds: ["multiple_choice", "ordering", "typed"] }));
    const { attemptId } = await startAttempt(t.db, viewer, { quizId: quiz.id }, NOW);
    const rows = await t.db.attemptQuestion.findMany({ where: { attemptId }, select: { cardId: true } });
    const cards = await t.db.card.findMany({ where: { id: { in: rows.map((r) => r.cardId!) } }, select: { factId: true } });
    expect(rows.length).toBeGreaterThan(3);
    expect(new Set(factsOf(cards)).size).toBe(cards.length);
  });
});
