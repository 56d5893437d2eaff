import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpError } from "@/lib/http/errors";
import { syncBuiltinSets } from "@/lib/sets/builtin";
import { listVisibleSets } from "@/lib/sets/list-visible";
import { getSetForUser } from "@/lib/sets/get-for-user";
import { seedFixtureCorpus } from "@/lib/sets/test-seed";
import { loadStudyQueue } from "@/lib/study/load-queue";
import { reviewInputSchema, submitReview } from "@/lib/study/submit-review";
import { undoReview } from "@/lib/study/undo-review";
import { recordReview, type ReviewRead } from "@/lib/db/review-store";
import { visibleCardWhere } from "@/lib/sets/visibility";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

let counter = 0;
const key = () => `k${Date.now().toString(36)}${(counter++).toString(36).padStart(6, "0")}`;

describe.each(PROVIDERS)("[%s] built-in sets, reviews and undo", (provider) => {
  let t: TestDatabase;
  let alice: string;
  let bob: string;
  let setId: string;
  let cardId: string;

  beforeAll(async () => {
    t = await freshDatabase(provider);
    const seeded = await seedFixtureCorpus(t.db);
    expect(seeded.synced.cards).toBeGreaterThan(10);
    alice = (await t.db.user.create({ data: { email: "alice@example.com", name: "Alice", passwordHash: "x" } })).id;
    bob = (await t.db.user.create({ data: { email: "bob@example.com", name: "Bob", passwordHash: "x" } })).id;
    const set = await t.db.cardSet.findUniqueOrThrow({ where: { slug: "builtin-doc-fixture-talks" }, include: { cards: { orderBy: { position: "asc" } } } });
    setId = set.id;
    cardId = set.cards[0]!.cardId;
  });
  afterAll(async () => t.drop());

  it("makes ready-made sets of generated cards, and a second sync changes nothing", async () => {
    const slugs = (await t.db.cardSet.findMany({ where: { builtin: true }, select: { slug: true } })).map((s) => s.slug);
    expect(slugs).toEqual(expect.arrayContaining(["builtin-doc-fixture-talks", "builtin-timeline-2018", "builtin-joint-statement", "builtin-readings"]));
    const before = await t.db.card.findMany({ orderBy: { id: "asc" }, select: { id: true, updatedAt: true } });
    const setCards = await t.db.setCard.count();
    await syncBuiltinSets(t.db);
    expect(await t.db.card.findMany({ orderBy: { id: "asc" }, select: { id: true, updatedAt: true } })).toEqual(before);
    expect(await t.db.setCard.count()).toBe(setCards);
    const cards = await t.db.card.findMany({ where: { origin: "generated" } });
    expect(cards.every((c) => c.quote && c.documentId && !c.retired)).toBe(true);
  });

  it("lists built-in sets for everyone and finds a set only for users who may see it", async () => {
    const visible = await listVisibleSets(t.db, alice);
    expect(visible.find((s) => s.id === setId)?.cardCount).toBeGreaterThan(10);
    const mine = await t.db.cardSet.create({ data: { title: "Bob's", ownerId: bob } });
    expect(await getSetForUser(t.db, mine.id, alice)).toBeNull();
    expect(await getSetForUser(t.db, mine.id, bob)).toMatchObject({ canEdit: true });
    expect((await listVisibleSets(t.db, alice)).some((s) => s.id === mine.id)).toBe(false);
  });

  it("records a review once: the same idempotency key again is a 409 and writes nothing", async () => {
    const k = key();
    const now = new Date("2026-03-01T03:00:00Z");
    const first = await submitReview(t.db, alice, { cardId, rating: "good", idempotencyKey: k, durationMs: 4200 }, now);
    expect(first.state.state).not.toBe("new");
    const err = await submitReview(t.db, alice, { cardId, rating: "easy", idempotencyKey: k, durationMs: 10 }, now).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect(err).toMatchObject({ status: 409, code: "replayed", details: { reviewId: first.reviewId } });
    expect(await t.db.reviewLog.count({ where: { userId: alice } })).toBe(1);
    const state = await t.db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: alice, cardId } } });
    expect(state.reps).toBe(1);
  });

  it("counts concurrent retries of one request once", async () => {
    const k = key();
    const other = (await t.db.setCard.findMany({ where: { setId }, orderBy: { position: "asc" } }))[1]!.cardId;
    const results = await Promise.allSettled([1, 2, 3].map(() => submitReview(t.db, alice, { cardId: other, rating: "good", idempotencyKey: k, durationMs: 1000 })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) expect((r as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
    expect(await t.db.reviewLog.count({ where: { userId: alice, cardId: other } })).toBe(1);
  });

  it("two tabs grading one card at once never apply to the same earlier state", async () => {
    const card = (await t.db.setCard.findMany({ where: { setId }, orderBy: { position: "asc" } }))[2]!.cardId;
    for (let round = 0; round < 3; round++) {
      const results = await Promise.allSettled(["good", "again"].map((rating) => submitReview(t.db, alice, { cardId: card, rating: rating as "good", idempotencyKey: key(), durationMs: 1000 })));
      for (const r of results.filter((r) => r.status === "rejected")) expect((r as PromiseRejectedResult).reason).toMatchObject({ status: 409, code: "conflict" });
    }
    const logs = await t.db.reviewLog.count({ where: { userId: alice, cardId: card } });
    const state = await t.db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: alice, cardId: card } } });
    expect(state.reps).toBe(logs);
  });

  it("refuses forged ratings and bad keys at the boundary", () => {
    expect(reviewInputSchema.safeParse({ cardId, rating: "perfect", idempotencyKey: key(), durationMs: 1 }).success).toBe(false);
    expect(reviewInputSchema.safeParse({ cardId, rating: 5, idempotencyKey: key(), durationMs: 1 }).success).toBe(false);
    expect(reviewInputSchema.safeParse({ cardId, rating: "good", idempotencyKey: "short", durationMs: 1 }).success).toBe(false);
    expect(reviewInputSchema.safeParse({ cardId, rating: "good", idempotencyKey: key(), durationMs: -5 }).success).toBe(false);
  });

  it("refuses a card the user cannot see (another user's private card) with a 404 and writes nothing", async () => {
    const privateCard = await t.db.card.create({
      data: { id: "custom-bob-1", origin: "custom", template: "custom", front: "Q", back: "A", choices: [], answer: "A", typedAnswers: [], tags: [], ownerId: bob },
    });
    const bobSet = await t.db.cardSet.create({ data: { title: "Bob private", ownerId: bob, cards: { create: { cardId: privateCard.id, position: 0 } } } });
    const logs = await t.db.reviewLog.count();
    await expect(submitReview(t.db, alice, { cardId: privateCard.id, rating: "good", idempotencyKey: key(), durationMs: 1 })).rejects.toMatchObject({ status: 404 });
    await expect(submitReview(t.db, alice, { cardId: "no-such-card", rating: "good", idempotencyKey: key(), durationMs: 1 })).rejects.toMatchObject({ status: 404 });
    expect(await t.db.reviewLog.count()).toBe(logs);
    expect(await t.db.cardState.count({ where: { userId: alice, cardId: privateCard.id } })).toBe(0);
    expect(await loadStudyQueue(t.db, alice, bobSet.id)).toBeNull();
  });

  it("keeps each learner's progress to themselves", async () => {
    const now = new Date("2026-03-01T03:05:00Z");
    const a = await loadStudyQueue(t.db, alice, setId, now);
    const b = await loadStudyQueue(t.db, bob, setId, now);
    expect(a?.queue.find((c) => c.id === cardId)?.state?.reps).toBe(1);
    expect(b?.queue.find((c) => c.id === cardId)?.state ?? null).toBeNull();
    const bobLog = await submitReview(t.db, bob, { cardId, rating: "again", idempotencyKey: key(), durationMs: 1 }, now);
    // Alice cannot undo Bob's review, and Bob's review left Alice's state alone.
    await expect(undoReview(t.db, alice, bobLog.reviewId)).rejects.toMatchObject({ status: 404 });
    expect((await t.db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: alice, cardId } } })).reps).toBe(1);
  });

  it("undoes the latest review exactly once, restoring the earlier state", async () => {
    const c = (await t.db.setCard.findMany({ where: { setId }, orderBy: { position: "asc" } }))[3]!.cardId;
    const t0 = new Date("2026-03-02T01:00:00Z");
    const r1 = await submitReview(t.db, alice, { cardId: c, rating: "good", idempotencyKey: key(), durationMs: 1 }, t0);
    const r2 = await submitReview(t.db, alice, { cardId: c, rating: "again", idempotencyKey: key(), durationMs: 1 }, new Date(t0.getTime() + 600_000));
    await expect(undoReview(t.db, alice, r1.reviewId)).rejects.toMatchObject({ status: 409, code: "not_latest" });
    const undone = await undoReview(t.db, alice, r2.reviewId);
    expect(undone.state).toEqual(r1.state);
    await expect(undoReview(t.db, alice, r2.reviewId)).rejects.toMatchObject({ status: 409, code: "already_undone" });
    const back = await undoReview(t.db, alice, r1.reviewId);
    expect(back.state).toBeNull();
    expect(await t.db.cardState.count({ where: { userId: alice, cardId: c } })).toBe(0);
  });

  it("the hot path's one read sees exactly the cards the shared visibility filter allows", async () => {
    const user = (email: string, role = "learner") => t.db.user.create({ data: { email, name: email, passwordHash: "x", role } }).then((u) => u.id);
    const ivy = await user("ivy@example.com", "instructor");
    const carol = await user("carol@example.com");
    const dave = await user("dave@example.com");
    const eve = await user("eve@example.com");
    const custom = async (id: string, ownerId: string, retired = false) =>
      (await t.db.card.create({ data: { id, origin: "custom", template: "custom", front: id, back: "A", choices: [], answer: "A", typedAnswers: [], tags: [], ownerId, retired } })).id;
    const set = (ownerId: string, cardIds: string[], visibility = "private") =>
      t.db.cardSet.create({ data: { title: "s", ownerId, visibility, cards: { create: cardIds.map((cardId, position) => ({ cardId, position })) } } }).then((s) => s.id);
    const assigned = await custom("vis-assigned", ivy);
    const unassigned = await custom("vis-unassigned", ivy);
    const publicCard = await custom("vis-public", eve);
    const retired = await custom("vis-retired", eve, true);
    const assignedSet = await set(ivy, [assigned]);
    await set(ivy, [unassigned]);
    await set(eve, [publicCard, retired], "public");
    const cls = await t.db.class.create({ data: { name: "c", ownerId: ivy, joinCode: "VISCODE1" } });
    await t.db.enrollment.create({ data: { classId: cls.id, userId: carol } });
    await t.db.enrollment.create({ data: { classId: cls.id, userId: dave, removedAt: new Date() } });
    await t.db.assignment.create({ data: { classId: cls.id, kind: "study", title: "a", setId: assignedSet, opensAt: new Date(), dueAt: new Date(Date.now() + 86_400_000) } });
    const stop = new Error("read only");
    for (const u of [alice, bob, ivy, carol, dave, eve]) {
      for (const c of [cardId, assigned, unassigned, publicCard, retired, "custom-bob-1", "no-such-card"]) {
        let read: ReviewRead | null = null;
        await expect(recordReview(t.db, { userId: u, cardId: c, idempotencyKey: key() }, (r) => { read = r; throw stop; }, new Date())).rejects.toBe(stop);
        const expected = (await t.db.card.count({ where: { id: c, ...visibleCardWhere(u) } })) > 0;
        expect({ u, c, visible: read!.cardVisible }).toEqual({ u, c, visible: expected });
      }
    }
    // The cases above cover each branch of the filter at least once.
    expect((await t.db.card.count({ where: { id: assigned, ...visibleCardWhere(carol) } })) > 0).toBe(true);
    expect((await t.db.card.count({ where: { id: assigned, ...visibleCardWhere(dave) } })) > 0).toBe(false);
  });

  it("refuses a review from a session older than the user's session version, writing nothing", async () => {
    await t.db.user.update({ where: { id: bob }, data: { sessionVersion: 3 } });
    const logs = await t.db.reviewLog.count({ where: { userId: bob } });
    await expect(submitReview(t.db, bob, { cardId, rating: "good", idempotencyKey: key(), durationMs: 1 }, new Date(), { sessionVersion: 2 })).rejects.toMatchObject({ status: 401 });
    expect(await t.db.reviewLog.count({ where: { userId: bob } })).toBe(logs);
    await expect(submitReview(t.db, bob, { cardId, rating: "good", idempotencyKey: key(), durationMs: 1 }, new Date("2026-03-01T03:10:00Z"), { sessionVersion: 3 })).resolves.toMatchObject({ cardId });
    await t.db.user.update({ where: { id: bob }, data: { sessionVersion: 0 } });
  });

  it("honours the daily new-card limit in the user's study day", async () => {
    await t.db.user.update({ where: { id: bob }, data: { newPerDay: 2, timeZone: "America/New_York" } });
    const q = await loadStudyQueue(t.db, bob, setId, new Date("2026-03-01T03:06:00Z"));
    // Bob introduced one new card today (his "again" above), so one more new card remains.
    expect(q?.counts.new).toBe(1);
  });

  it("retires cards whose facts are no longer approved, keeping their progress", async () => {
    const fact = await t.db.card.findUniqueOrThrow({ where: { id: cardId }, select: { factId: true } });
    await t.db.fact.update({ where: { id: fact.factId! }, data: { status: "rejected" } });
    await syncBuiltinSets(t.db);
    expect((await t.db.card.findUniqueOrThrow({ where: { id: cardId } })).retired).toBe(true);
    expect(await t.db.cardState.count({ where: { cardId } })).toBeGreaterThan(0);
    expect(await t.db.setCard.count({ where: { setId, cardId } })).toBe(0);
    await t.db.fact.update({ where: { id: fact.factId! }, data: { status: "approved" } });
    await syncBuiltinSets(t.db);
    expect((await t.db.card.findUniqueOrThrow({ where: { id: cardId } })).retired).toBe(false);
  });
});
