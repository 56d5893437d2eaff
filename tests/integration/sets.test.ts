import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSetForUser } from "@/lib/sets/get-for-user";
import { exportSet, importIntoSet } from "@/lib/sets/interchange";
import { listVisibleSets } from "@/lib/sets/list-visible";
import { copySet, createSet, deleteSet, getSharedSet, updateSet } from "@/lib/sets/manage-set";
import { addCardsToSet, addCustomCard, addFactCardsToSet, editCardInSet, listSetCards, removeCardFromSet } from "@/lib/sets/set-cards";
import { seedFixtureCorpus } from "@/lib/sets/test-seed";
import { submitReview } from "@/lib/study/submit-review";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

describe.each(PROVIDERS)("[%s] user-built sets", (provider) => {
  let t: TestDatabase;
  let alice: string;
  let bob: string;
  let factIds: Map<string, string>;
  let builtinCards: string[];

  beforeAll(async () => {
    t = await freshDatabase(provider);
    factIds = (await seedFixtureCorpus(t.db)).factIds;
    alice = (await t.db.user.create({ data: { email: "a@example.com", name: "Alice", passwordHash: "x" } })).id;
    bob = (await t.db.user.create({ data: { email: "b@example.com", name: "Bob", passwordHash: "x" } })).id;
    builtinCards = (await t.db.setCard.findMany({ where: { set: { slug: "builtin-doc-fixture-talks" } }, orderBy: { position: "asc" }, take: 3 })).map((c) => c.cardId);
  });
  afterAll(async () => t.drop());

  it("creates a private set, adds visible cards, cards from facts and custom cards", async () => {
    const { id } = await createSet(t.db, alice, { title: "Mine", description: "" });
    expect(await addCardsToSet(t.db, alice, id, builtinCards)).toBe(3);
    expect(await addCardsToSet(t.db, alice, id, builtinCards)).toBe(0);
    const added = await addFactCardsToSet(t.db, alice, id, [factIds.get("f-hanoi")!]);
    expect(added).toBeGreaterThan(0);
    await addCustomCard(t.db, alice, id, { front: "Q1", back: "A1" });
    const cards = await listSetCards(t.db, id);
    expect(cards.at(-1)).toMatchObject({ front: "Q1", back: "A1", origin: "custom", ownerId: alice });
    expect(cards.slice(0, 3).map((c) => c.id)).toEqual(builtinCards);
    expect(await getSetForUser(t.db, id, bob)).toBeNull();
  });

  it("refuses changes by anyone but the owner, and adding cards the user cannot see; nothing written", async () => {
    const { id } = await createSet(t.db, alice, { title: "Alice only", description: "" });
    const secret = await addCustomCard(t.db, alice, id, { front: "secret", back: "s" });
    const bobSet = await createSet(t.db, bob, { title: "Bob", description: "" });
    await expect(addCardsToSet(t.db, bob, bobSet.id, [secret.id])).rejects.toMatchObject({ status: 404 });
    await expect(addCustomCard(t.db, bob, id, { front: "x", back: "y" })).rejects.toMatchObject({ status: 404 });
    await expect(updateSet(t.db, bob, id, { title: "hijack" })).rejects.toMatchObject({ status: 404 });
    await expect(removeCardFromSet(t.db, bob, id, secret.id)).rejects.toMatchObject({ status: 404 });
    const builtin = await t.db.cardSet.findUniqueOrThrow({ where: { slug: "builtin-readings" } });
    await expect(updateSet(t.db, alice, builtin.id, { title: "mine now" })).rejects.toMatchObject({ status: 403 });
    await expect(deleteSet(t.db, bob, id)).rejects.toMatchObject({ status: 404 });
    expect(await t.db.setCard.count({ where: { setId: bobSet.id } })).toBe(0);
    expect((await t.db.cardSet.findUniqueOrThrow({ where: { id } })).title).toBe("Alice only");
    await expect(submitReview(t.db, bob, { cardId: secret.id, rating: "good", idempotencyKey: "bobtries-1234", durationMs: 1 })).rejects.toMatchObject({ status: 404 });
  });

  it("edits a generated card as the owner's own copy, leaving the original and the built-in set alone", async () => {
    const { id } = await createSet(t.db, alice, { title: "Edits", description: "" });
    await addCardsToSet(t.db, alice, id, [builtinCards[0]!]);
    const original = await t.db.card.findUniqueOrThrow({ where: { id: builtinCards[0]! } });
    const copy = await editCardInSet(t.db, alice, id, builtinCards[0]!, { front: "edited front", back: "edited back" });
    expect(copy.id).not.toBe(original.id);
    expect(await t.db.card.findUniqueOrThrow({ where: { id: builtinCards[0]! } })).toMatchObject({ front: original.front });
    const cards = await listSetCards(t.db, id);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ id: copy.id, front: "edited front", quote: original.quote, factId: original.factId });
    const again = await editCardInSet(t.db, alice, id, copy.id, { front: "edited twice", back: "b" });
    expect(again.id).toBe(copy.id);
  });

  it("shares by link and lets another user save a copy; private revokes the link", async () => {
    const { id } = await createSet(t.db, alice, { title: "Shared", description: "d" });
    await addCustomCard(t.db, alice, id, { front: "Q", back: "A" });
    const shared = await updateSet(t.db, alice, id, { visibility: "shared" });
    expect(shared.shareCode).toMatch(/^[\w-]{16}$/);
    expect((await listVisibleSets(t.db, bob)).some((s) => s.id === id)).toBe(false);
    expect(await getSharedSet(t.db, shared.shareCode!)).toMatchObject({ id, title: "Shared" });
    const copy = await copySet(t.db, bob, { shareCode: shared.shareCode! }, null);
    expect(await getSetForUser(t.db, copy.id, bob)).toMatchObject({ canEdit: true, title: "Shared" });
    expect(await listSetCards(t.db, copy.id)).toHaveLength(1);
    await updateSet(t.db, alice, id, { visibility: "private" });
    expect(await getSharedSet(t.db, shared.shareCode!)).toBeNull();
    await updateSet(t.db, alice, id, { visibility: "public" });
    expect((await listVisibleSets(t.db, bob)).some((s) => s.id === id)).toBe(true);
  });

  it("exports Anki TSV and imports TSV/CSV into a set, reporting bad rows", async () => {
    const { id } = await createSet(t.db, alice, { title: "Interchange", description: "" });
    const result = await importIntoSet(t.db, alice, id, "寧辺\tニョンビョン\treading\n豊渓里\tプンゲリ\n");
    expect(result).toMatchObject({ imported: 2 });
    const csv = await importIntoSet(t.db, alice, id, 'front,back\n"板門店, 2018",パンムンジョム\n', "csv");
    expect(csv.imported).toBeGreaterThanOrEqual(1);
    const exported = await exportSet(t.db, alice, id, "anki");
    expect(exported.text).toContain("#separator:tab");
    expect(exported.text).toContain("寧辺\tニョンビョン\treading");
    await expect(exportSet(t.db, bob, id, "csv")).rejects.toMatchObject({ status: 404 });
    await expect(importIntoSet(t.db, bob, id, "a\tb\n")).rejects.toMatchObject({ status: 404 });
    const builtin = await t.db.cardSet.findUniqueOrThrow({ where: { slug: "builtin-doc-fixture-talks" } });
    const anki = await exportSet(t.db, null, builtin.id, "quizlet");
    expect(anki.text.split("\n").filter(Boolean).length).toBeGreaterThan(10);
  });
});
