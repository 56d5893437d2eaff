// Approving or rejecting several facts in one action: one transaction (all or nothing), the
// cards regenerated once afterwards, the pending counts, and who may do it.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factRowToSource, generateCards, rubyReadingsOf } from "@/lib/cards";
import { FIXTURE_FACTS, FIXTURE_RUBY, FIXTURE_TEXT } from "@/lib/cards/test-fixtures";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import { factRowData } from "@/lib/facts/fact-row";
import { pendingFactCounts } from "@/lib/facts/pending-counts";
import { bulkReviewSchema, reviewFactsInBulk } from "@/lib/facts/review-facts-bulk";
import { syncDocumentCards } from "@/lib/sets/sync-document-cards";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

async function seedDocument(db: Db, ownerId: string | null, slug: string, origin = "paste") {
  const doc = await db.document.create({
    data: {
      slug,
      title: `資料 ${slug}`,
      origin,
      format: "txt",
      contentHash: crypto.createHash("sha256").update(slug + FIXTURE_TEXT).digest("hex"),
      rawText: FIXTURE_TEXT,
      text: FIXTURE_TEXT,
      annotations: { ruby: FIXTURE_RUBY.map((r) => ({ start: r.start, end: r.end, reading: r.reading })), blocks: [] },
      createdById: ownerId,
    },
  });
  const ids: string[] = [];
  for (const f of FIXTURE_FACTS) ids.push((await db.fact.create({ data: factRowData(doc.id, f, { fingerprint: f.id, status: "pending" }) })).id);
  return { doc, ids };
}

async function expectedCardIds(db: Db, documentId: string): Promise<string[]> {
  const doc = await db.document.findUniqueOrThrow({ where: { id: documentId } });
  const rows = await db.fact.findMany({ where: { documentId, status: "approved" } });
  return generateCards(rows.map(factRowToSource), rubyReadingsOf(doc.id, doc.text, doc.annotations)).map((d) => d.key).sort();
}
const liveCardIds = async (db: Db, documentId: string) =>
  (await db.card.findMany({ where: { documentId, origin: "generated", retired: false }, select: { id: true } })).map((c) => c.id).sort();
const statuses = async (db: Db, documentId: string) =>
  Object.fromEntries((await db.fact.findMany({ where: { documentId }, select: { id: true, status: true } })).map((f) => [f.id, f.status]));

describe.each(PROVIDERS)("[%s] bulk fact review", (provider) => {
  let t: TestDatabase;
  let teacher: Viewer;
  let other: Viewer;
  let learner: Viewer;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    const mk = async (name: string, role: "learner" | "instructor") =>
      ({ id: (await t.db.user.create({ data: { email: `${name}@example.com`, name, passwordHash: "x", role } })).id, role }) as Viewer;
    teacher = await mk("teacher", "instructor");
    other = await mk("other", "instructor");
    learner = await mk("learner", "learner");
  });
  afterAll(async () => t.drop());

  it("approves several facts in one action, and one sync afterwards makes exactly their cards", async () => {
    const { doc, ids } = await seedDocument(t.db, teacher.id, "bulk-approve");
    expect((await pendingFactCounts(t.db, teacher)).get(doc.id)).toBe(ids.length);
    const chosen = ids.slice(0, 4);
    const result = await reviewFactsInBulk(t.db, teacher, doc.id, bulkReviewSchema.parse({ action: "approve", factIds: [...chosen, chosen[0]] }));
    expect(result).toEqual({ action: "approve", selected: 4, changed: 4 });
    const after = await statuses(t.db, doc.id);
    expect(chosen.every((id) => after[id] === "approved")).toBe(true);
    expect(ids.slice(4).every((id) => after[id] === "pending")).toBe(true);
    const reviewed = await t.db.fact.findMany({ where: { id: { in: chosen } }, select: { reviewedById: true, reviewedAt: true } });
    expect(reviewed.every((f) => f.reviewedById === teacher.id && f.reviewedAt)).toBe(true);
    expect((await pendingFactCounts(t.db, teacher)).get(doc.id)).toBe(ids.length - 4);

    const { cards } = await syncDocumentCards(t.db, doc.id);
    expect(cards).toBeGreaterThan(0);
    expect(await liveCardIds(t.db, doc.id)).toEqual(await expectedCardIds(t.db, doc.id));
  });

  it("rejects the rest (all pending) in one action; approved cards of rejected facts retire on the next sync", async () => {
    const { doc, ids } = await seedDocument(t.db, teacher.id, "bulk-reject");
    await reviewFactsInBulk(t.db, teacher, doc.id, { action: "approve", factIds: ids });
    await syncDocumentCards(t.db, doc.id);
    const before = await liveCardIds(t.db, doc.id);
    expect(before.length).toBeGreaterThan(0);
    const result = await reviewFactsInBulk(t.db, teacher, doc.id, { action: "reject", factIds: ids });
    expect(result.changed).toBe(ids.length);
    await syncDocumentCards(t.db, doc.id);
    // Only the cards that come from no fact (ruby readings) stay.
    const remaining = await liveCardIds(t.db, doc.id);
    expect(remaining).toEqual(await expectedCardIds(t.db, doc.id));
    expect(await t.db.card.count({ where: { id: { in: remaining }, factId: { not: null } } })).toBe(0);
    expect(await t.db.card.count({ where: { id: { in: before }, retired: true } })).toBe(before.length - remaining.length);
    expect((await pendingFactCounts(t.db, teacher)).get(doc.id)).toBeUndefined();
  });

  it("changes nothing when one id is another document's fact", async () => {
    const a = await seedDocument(t.db, teacher.id, "bulk-mine");
    const b = await seedDocument(t.db, teacher.id, "bulk-other");
    const before = await statuses(t.db, a.doc.id);
    await expect(reviewFactsInBulk(t.db, teacher, a.doc.id, { action: "approve", factIds: [a.ids[0]!, b.ids[0]!] })).rejects.toMatchObject({ status: 404, code: "fact_not_found" });
    expect(await statuses(t.db, a.doc.id)).toEqual(before);
    expect((await statuses(t.db, b.doc.id))[b.ids[0]!]).toBe("pending");
  });

  it("refuses learners, other instructors and the built-in corpus; bad input is refused at the boundary", async () => {
    const { doc, ids } = await seedDocument(t.db, teacher.id, "bulk-access");
    const before = await statuses(t.db, doc.id);
    await expect(reviewFactsInBulk(t.db, learner, doc.id, { action: "approve", factIds: ids })).rejects.toMatchObject({ status: 403 });
    await expect(reviewFactsInBulk(t.db, other, doc.id, { action: "approve", factIds: ids })).rejects.toMatchObject({ status: 403, code: "forbidden" });
    const builtin = await seedDocument(t.db, null, "bulk-builtin", "builtin");
    await expect(reviewFactsInBulk(t.db, teacher, builtin.doc.id, { action: "reject", factIds: builtin.ids })).rejects.toMatchObject({ status: 403, code: "builtin_read_only" });
    expect(await statuses(t.db, doc.id)).toEqual(before);
    expect((await pendingFactCounts(t.db, other)).get(doc.id)).toBeUndefined();
    expect((await pendingFactCounts(t.db, learner)).size).toBe(0);
    expect(bulkReviewSchema.safeParse({ action: "approve", factIds: [] }).success).toBe(false);
    expect(bulkReviewSchema.safeParse({ action: "delete", factIds: ids }).success).toBe(false);
    expect(bulkReviewSchema.safeParse({ action: "approve", factIds: ids, extra: true }).success).toBe(false);
  });
});
