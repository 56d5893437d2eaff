// Card regeneration is safe under concurrency: several fact approvals, each followed by a
// sync as the route does after its response, never lose a card, and cards whose fact stays
// keep their ids and everyone's progress.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factRowToSource, generateCards, rubyReadingsOf } from "@/lib/cards";
import { FIXTURE_FACTS, FIXTURE_RUBY, FIXTURE_TEXT } from "@/lib/cards/test-fixtures";
import type { Db } from "@/lib/db/client";
import { factRowData } from "@/lib/facts/fact-row";
import { reviewFact } from "@/lib/facts/review-fact";
import { syncBuiltinSets } from "@/lib/sets/builtin";
import { documentSetSlug, syncDocumentCards } from "@/lib/sets/sync-document-cards";
import { seedFixtureCorpus } from "@/lib/sets/test-seed";
import { submitReview } from "@/lib/study/submit-review";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

async function seedPendingDocument(db: Db, ownerId: string, slug: string, approved: string[]) {
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
    const row = await db.fact.create({ data: factRowData(doc.id, f, { fingerprint: f.id, status: approved.includes(f.id) ? "approved" : "pending" }) });
    ids.set(f.id, row.id);
  }
  return { doc, ids };
}

/** The cards a single, undisturbed generation makes from the document's approved facts now. */
async function expectedCardIds(db: Db, documentId: string): Promise<string[]> {
  const doc = await db.document.findUniqueOrThrow({ where: { id: documentId } });
  const rows = await db.fact.findMany({ where: { documentId, status: "approved" } });
  return generateCards(rows.map(factRowToSource), rubyReadingsOf(doc.id, doc.text, doc.annotations)).map((d) => d.key).sort();
}

const liveCardIds = async (db: Db, documentId: string) =>
  (await db.card.findMany({ where: { documentId, origin: "generated", retired: false }, select: { id: true } })).map((c) => c.id).sort();

describe.each(PROVIDERS)("[%s] concurrent card regeneration", (provider) => {
  let t: TestDatabase;
  let teacher: { id: string; role: "instructor" };

  beforeAll(async () => {
    t = await freshDatabase(provider);
    teacher = { id: (await t.db.user.create({ data: { email: "t@example.com", name: "T", passwordHash: "x", role: "instructor" } })).id, role: "instructor" };
  });
  afterAll(async () => t.drop());

  it("quick approvals of an uploaded document's facts, each followed by its own sync, lose no card and keep ids and the owner's progress", async () => {
    const first = FIXTURE_FACTS[0]!.id;
    const { doc, ids } = await seedPendingDocument(t.db, teacher.id, "race", [first]);
    await syncDocumentCards(t.db, doc.id);
    const set = await t.db.cardSet.findUniqueOrThrow({ where: { slug: documentSetSlug(doc.id) } });
    const before = await t.db.card.findMany({ where: { documentId: doc.id, retired: false } });
    expect(before.length).toBeGreaterThan(0);
    const studied = before[0]!;
    await submitReview(t.db, teacher.id, { cardId: studied.id, rating: "good", idempotencyKey: "race-review-1", durationMs: 1000 });
    const stateBefore = await t.db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: teacher.id, cardId: studied.id } } });

    // Every other fact approved at once, each approval followed by a sync it does not wait for
    // (as `after(() => syncDocumentCards(...))` in the route), plus a few stray syncs.
    const pending = FIXTURE_FACTS.slice(1).map((f) => ids.get(f.id)!);
    expect(pending.length).toBeGreaterThanOrEqual(4);
    await Promise.all([
      ...pending.map(async (factId) => {
        await reviewFact(t.db, teacher, factId, { action: "approve" });
        await syncDocumentCards(t.db, doc.id);
      }),
      syncDocumentCards(t.db, doc.id),
      syncDocumentCards(t.db, doc.id),
    ]);

    const expected = await expectedCardIds(t.db, doc.id);
    expect(expected.length).toBeGreaterThan(before.length);
    expect(await liveCardIds(t.db, doc.id)).toEqual(expected);
    const inSet = (await t.db.setCard.findMany({ where: { setId: set.id }, select: { cardId: true, position: true } }));
    expect(inSet.map((c) => c.cardId).sort()).toEqual(expected);
    expect(new Set(inSet.map((c) => c.position)).size).toBe(inSet.length);
    // The first cards kept their ids (none retired, all still in the set) and the learner's progress.
    expect(before.every((c) => expected.includes(c.id))).toBe(true);
    expect(await t.db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: teacher.id, cardId: studied.id } } })).toEqual(stateBefore);
    expect(await t.db.reviewLog.count({ where: { cardId: studied.id } })).toBe(1);
  });

  it("approvals and rejections racing with syncs end in exactly the cards of the facts approved last", async () => {
    const all = FIXTURE_FACTS.map((f) => f.id);
    const { doc, ids } = await seedPendingDocument(t.db, teacher.id, "flip", all);
    await syncDocumentCards(t.db, doc.id);
    const [a, b, c] = all.map((f) => ids.get(f)!);
    await Promise.all(
      [
        [a!, "reject"],
        [b!, "reject"],
        [c!, "reject"],
        [a!, "approve"],
      ].map(async ([factId, action], i) => {
        await new Promise((r) => setTimeout(r, i));
        await reviewFact(t.db, teacher, factId!, { action: action as "approve" | "reject" });
        await syncDocumentCards(t.db, doc.id);
      }),
    );
    // Whatever order the reviews landed in, the cards are those of the facts approved now.
    const expected = await expectedCardIds(t.db, doc.id);
    expect(await liveCardIds(t.db, doc.id)).toEqual(expected);
    const live = await t.db.card.findMany({ where: { documentId: doc.id, retired: false }, select: { factId: true } });
    const approvedNow = new Set((await t.db.fact.findMany({ where: { documentId: doc.id, status: "approved" } })).map((f) => f.id));
    expect(live.every((c) => c.factId === null || approvedNow.has(c.factId))).toBe(true);
    expect(await t.db.card.count({ where: { factId: { in: [b!, c!] }, retired: false } })).toBe(0);
  });

  it("concurrent syncs of the built-in corpus write each set once, with the cards of every approved fact", async () => {
    const { document, factIds } = await seedFixtureCorpus(t.db, "race-builtin");
    const victim = factIds.get(FIXTURE_FACTS[1]!.id)!;
    await t.db.fact.update({ where: { id: victim }, data: { status: "pending" } });
    await syncBuiltinSets(t.db);
    await Promise.all([
      (async () => {
        // The built-in corpus is read-only to instructors: its facts are approved by its own load.
        await t.db.fact.update({ where: { id: victim }, data: { status: "approved" } });
        await syncDocumentCards(t.db, document.id);
      })(),
      syncBuiltinSets(t.db),
      syncDocumentCards(t.db, document.id),
    ]);
    expect(await liveCardIds(t.db, document.id)).toEqual(await expectedCardIds(t.db, document.id));
    const builtinSets = await t.db.cardSet.findMany({ where: { builtin: true }, include: { cards: true } });
    expect(builtinSets.length).toBeGreaterThan(0);
    expect(new Set(builtinSets.map((s) => s.slug)).size).toBe(builtinSets.length);
    const victimCards = await t.db.card.findMany({ where: { factId: victim } });
    expect(victimCards.length).toBeGreaterThan(0);
    expect(victimCards.every((c) => !c.retired)).toBe(true);
  });
});
