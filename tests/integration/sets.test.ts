import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_FACTS, FIXTURE_RUBY, FIXTURE_TEXT } from "@/lib/cards/test-fixtures";
import type { Db } from "@/lib/db/client";
import { factRowData } from "@/lib/facts/fact-row";
import { getSetForUser } from "@/lib/sets/get-for-user";
import { exportSet, importIntoSet } from "@/lib/sets/interchange";
import { listVisibleSets } from "@/lib/sets/list-visible";
import { copySet, createSet, deleteSet, getSharedSet, updateSet } from "@/lib/sets/manage-set";
import { addCardsToSet, addCustomCard, addFactCardsToSet, editCardInSet, listSetCards, removeCardFromSet } from "@/lib/sets/set-cards";
import { seedFixtureCorpus } from "@/lib/sets/test-seed";
import { documentSetSlug, syncDocumentCards } from "@/lib/sets/sync-document-cards";
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

/** An uploaded (non-built-in) copy of the fixture document; facts approved except `pending`. */
async function seedUploadedDocument(db: Db, ownerId: string, slug: string, pending: string[] = []) {
  const doc = await db.document.create({
    data: {
      slug,
      title: `アップロード ${slug}`,
      origin: "paste",
      format: "txt",
      contentHash: crypto.createHash("sha256").update(slug + FIXTURE_TEXT).digest("hex"),
      rawText: FIXTURE_TEXT,
      text: FIXTURE_TEXT,
      annotations: { ruby: FIXTURE_RUBY.map((r) => ({ start: r.start, end: r.end, reading: r.reading })), blocks: [] },
      createdById: ownerId,
    },
  });
  const ids = new Map<string, string>();
  for (const f of FIXTURE_FACTS) {
    const row = await db.fact.create({ data: factRowData(doc.id, f, { fingerprint: f.id, status: pending.includes(f.id) ? "pending" : "approved" }) });
    ids.set(f.id, row.id);
  }
  return { document: doc, factIds: ids };
}

describe.each(PROVIDERS)("[%s] fact cards, class visibility and document sets", (provider) => {
  let t: TestDatabase;
  let alice: string;
  let bob: string;
  let teacher: string;
  let builtinFacts: Map<string, string>;

  beforeAll(async () => {
    t = await freshDatabase(provider);
    // Two built-in documents: the built-in cards are generated from both together.
    await seedFixtureCorpus(t.db, "fixture-talks");
    builtinFacts = (await seedFixtureCorpus(t.db, "fixture-talks-2")).factIds;
    const mk = (email: string, role = "learner") => t.db.user.create({ data: { email, name: email, passwordHash: "x", role } });
    alice = (await mk("a@example.com")).id;
    bob = (await mk("b@example.com")).id;
    teacher = (await mk("t@example.com", "instructor")).id;
  });
  afterAll(async () => t.drop());

  const builtinCardSnapshot = async () =>
    t.db.card.findMany({
      where: { documentId: { in: (await t.db.document.findMany({ where: { origin: "builtin" }, select: { id: true } })).map((d) => d.id) } },
      orderBy: { id: "asc" },
      select: { id: true, front: true, back: true, choices: true, answer: true, retired: true },
    });

  it("adds a built-in fact's existing cards to a learner's set without regenerating or retiring any built-in card", async () => {
    const before = await builtinCardSnapshot();
    const builtinSetRows = await t.db.setCard.count({ where: { set: { builtin: true } } });
    const { id } = await createSet(t.db, alice, { title: "From facts", description: "" });
    const factId = builtinFacts.get("f-hanoi")!;
    const added = await addFactCardsToSet(t.db, alice, id, [factId]);
    expect(added).toBeGreaterThan(0);
    const cards = await listSetCards(t.db, id);
    expect(cards).toHaveLength(added);
    expect(cards.every((c) => c.factId === factId && c.origin === "generated" && c.template !== "reading")).toBe(true);
    expect(await builtinCardSnapshot()).toEqual(before);
    expect(await t.db.setCard.count({ where: { set: { builtin: true } } })).toBe(builtinSetRows);
    await expect(addFactCardsToSet(t.db, alice, id, ["no-such-fact"])).rejects.toMatchObject({ status: 404 });
  });

  it("generates the cards of an uploaded document's approved facts that have none yet, then adds them", async () => {
    const { document, factIds } = await seedUploadedDocument(t.db, teacher, "uploaded-no-cards");
    expect(await t.db.card.count({ where: { documentId: document.id } })).toBe(0);
    const { id } = await createSet(t.db, alice, { title: "Uploaded facts", description: "" });
    const factId = factIds.get("f-singapore")!;
    expect(await addFactCardsToSet(t.db, alice, id, [factId])).toBeGreaterThan(0);
    expect((await listSetCards(t.db, id)).every((c) => c.factId === factId)).toBe(true);
  });

  it("stops exposing a learner's set assigned to a class once it is private again; the instructor's own assigned set stays visible", async () => {
    const klass = await t.db.class.create({ data: { name: "2年A組", ownerId: teacher, joinCode: `J${crypto.randomBytes(4).toString("hex")}` } });
    await t.db.enrollment.createMany({ data: [{ classId: klass.id, userId: alice }, { classId: klass.id, userId: bob }] });
    const assign = (setId: string) =>
      t.db.assignment.create({ data: { classId: klass.id, kind: "study", title: "課題", setId, opensAt: new Date(0), dueAt: new Date(Date.now() + 86_400_000) } });

    const learnerSet = await createSet(t.db, alice, { title: "Alice's", description: "" });
    await addCustomCard(t.db, alice, learnerSet.id, { front: "公開中", back: "a" });
    await updateSet(t.db, alice, learnerSet.id, { visibility: "public" });
    await assign(learnerSet.id);
    expect(await getSetForUser(t.db, learnerSet.id, bob)).not.toBeNull();
    await updateSet(t.db, alice, learnerSet.id, { visibility: "private" });
    const secret = await addCustomCard(t.db, alice, learnerSet.id, { front: "非公開", back: "s" });
    expect(await getSetForUser(t.db, learnerSet.id, bob)).toBeNull();
    expect((await listVisibleSets(t.db, bob)).some((s) => s.id === learnerSet.id)).toBe(false);
    await expect(submitReview(t.db, bob, { cardId: secret.id, rating: "good", idempotencyKey: "bob-private-1234", durationMs: 1 })).rejects.toMatchObject({ status: 404 });
    expect(await getSetForUser(t.db, learnerSet.id, alice)).toMatchObject({ canEdit: true });

    const teacherSet = await createSet(t.db, teacher, { title: "Teacher's", description: "" });
    await addCustomCard(t.db, teacher, teacherSet.id, { front: "課題", back: "t" });
    await assign(teacherSet.id);
    expect(await getSetForUser(t.db, teacherSet.id, bob)).not.toBeNull();
    await t.db.enrollment.update({ where: { classId_userId: { classId: klass.id, userId: bob } }, data: { removedAt: new Date() } });
    expect(await getSetForUser(t.db, teacherSet.id, bob)).toBeNull();
  });

  it("re-syncing an uploaded document's set keeps the owner's edits, custom cards, removals and order", async () => {
    const { document, factIds } = await seedUploadedDocument(t.db, teacher, "uploaded-edits", ["f-hanoi"]);
    await syncDocumentCards(t.db, document.id);
    const set = await t.db.cardSet.findUniqueOrThrow({ where: { slug: documentSetSlug(document.id) } });
    const initial = await listSetCards(t.db, set.id);
    expect(initial.length).toBeGreaterThan(5);
    const rejectedFact = factIds.get("f-singapore")!;
    const keep = initial.filter((c) => c.factId !== rejectedFact && c.factId !== null);
    const edited = await editCardInSet(t.db, teacher, set.id, keep[0]!.id, { front: "編集した表", back: "編集した裏" });
    await removeCardFromSet(t.db, teacher, set.id, keep[1]!.id);
    const custom = await addCustomCard(t.db, teacher, set.id, { front: "自作", back: "カード" });
    const ownerView = (await listSetCards(t.db, set.id)).map((c) => c.id);

    // Nothing changed: a sync leaves the set exactly as the owner left it.
    await syncDocumentCards(t.db, document.id);
    expect((await listSetCards(t.db, set.id)).map((c) => c.id)).toEqual(ownerView);

    // A fact is rejected and another approved: retired cards leave, new ones are appended.
    await t.db.fact.update({ where: { id: rejectedFact }, data: { status: "rejected" } });
    await t.db.fact.update({ where: { id: factIds.get("f-hanoi")! }, data: { status: "approved" } });
    await syncDocumentCards(t.db, document.id);
    const rows = await t.db.setCard.findMany({ where: { setId: set.id }, orderBy: { position: "asc" }, include: { card: true } });
    const ids = rows.map((r) => r.cardId);
    expect(rows.some((r) => r.card.retired)).toBe(false);
    expect(rows.some((r) => r.card.factId === rejectedFact && r.card.origin === "generated")).toBe(false);
    expect(ids).toContain(edited.id);
    expect(ids).toContain(custom.id);
    expect(ids).not.toContain(keep[0]!.id);
    expect(ids).not.toContain(keep[1]!.id);
    const survivors = ownerView.filter((id) => ids.includes(id));
    expect(ids.slice(0, survivors.length)).toEqual(survivors);
    const appended = rows.slice(survivors.length).map((r) => r.card);
    expect(appended.some((c) => c.factId === factIds.get("f-hanoi"))).toBe(true);
    expect(appended.every((c) => c.origin === "generated" && !ownerView.includes(c.id))).toBe(true);
  });
});
