// Test support (integration and e2e only): puts a card set into a database, the way the
// cards/sets work (issue 4) stores generated cards, so quiz tests do not depend on it.
import type { Db } from "@/lib/db/client";
import { generateCards } from "@/lib/cards/generate";
import { FIXTURE_DOCUMENT_ID, FIXTURE_FACTS, FIXTURE_RUBY, FIXTURE_TEXT } from "@/lib/cards/test-fixtures";
import type { CardDraft, SourceFact } from "@/lib/cards/types";

const json = (v: unknown) => JSON.parse(JSON.stringify(v ?? null));

async function insertCards(db: Db, drafts: readonly CardDraft[]): Promise<void> {
  const existing = new Set((await db.card.findMany({ where: { id: { in: drafts.map((d) => d.key) } }, select: { id: true } })).map((c) => c.id));
  const fresh = drafts.filter((d) => !existing.has(d.key));
  if (!fresh.length) return;
  await db.card.createMany({
    data: fresh.map((d) => ({
      id: d.key, origin: "generated", template: d.template, factId: d.factId, documentId: d.documentId, front: d.front, back: d.back,
      choices: json(d.choices ?? []), answer: json(d.answer), typedAnswers: json(d.typedAnswers ?? []), tags: json(d.tags),
      quote: d.quote, start: d.start, end: d.end,
    })),
  });
}

export async function createSetFromDrafts(db: Db, drafts: readonly CardDraft[], opts: { title: string; ownerId: string | null; visibility?: string }) {
  await insertCards(db, drafts);
  return db.cardSet.create({
    data: {
      title: opts.title, ownerId: opts.ownerId, builtin: opts.ownerId === null, visibility: opts.visibility ?? "private",
      cards: { create: drafts.map((d, position) => ({ cardId: d.key, position })) },
    },
    select: { id: true, title: true },
  });
}

/** The unit-test fixture document, facts and cards, stored; then a set of its cards. */
export async function seedFixtureSet(db: Db, opts: { title?: string; ownerId?: string | null; visibility?: string } = {}) {
  if (!(await db.document.findUnique({ where: { id: FIXTURE_DOCUMENT_ID }, select: { id: true } }))) {
    await db.document.create({
      data: {
        id: FIXTURE_DOCUMENT_ID, slug: "fixture-talks", title: "米朝交渉（テスト）", origin: "paste", format: "paste",
        contentHash: "fixture-talks", rawText: FIXTURE_TEXT, text: FIXTURE_TEXT, annotations: json({ ruby: [], blocks: [] }),
      },
    });
    await db.fact.createMany({
      data: FIXTURE_FACTS.map((f) => ({
        id: f.id, documentId: f.documentId, kind: f.kind, dateValue: f.date?.value ?? null, datePrecision: f.date?.precision ?? null,
        actors: json(f.actors), speaker: f.speaker, statement: f.text, name: f.name, items: json(f.items), topics: json(f.topics),
        start: f.start, end: f.end, quote: f.quote, status: "approved", fingerprint: `fx-${f.id}`,
      })),
    });
  }
  const drafts = generateCards(FIXTURE_FACTS, FIXTURE_RUBY);
  return createSetFromDrafts(db, drafts, { title: opts.title ?? "テストセット", ownerId: opts.ownerId ?? null, visibility: opts.visibility });
}

/** Approved facts of the stored documents as card-generator input (e2e: the built-in corpus). */
export async function seedSetFromStoredFacts(db: Db, opts: { title: string; ownerId: string | null; limit?: number }) {
  const rows = await db.fact.findMany({ where: { status: "approved" }, orderBy: [{ documentId: "asc" }, { start: "asc" }], take: opts.limit ?? 200 });
  const facts: SourceFact[] = rows.map((f) => ({
    id: f.id, documentId: f.documentId, kind: f.kind as SourceFact["kind"],
    date: f.dateValue && f.datePrecision ? { value: f.dateValue, precision: f.datePrecision as "year" | "month" | "day" } : null,
    actors: (f.actors as string[]) ?? [], speaker: f.speaker, text: f.statement, name: f.name, items: (f.items as string[]) ?? [],
    topics: (f.topics as string[]) ?? [], quote: f.quote, start: f.start, end: f.end,
    headline: f.headline || f.statement, place: f.place, content: f.content,
  }));
  return createSetFromDrafts(db, generateCards(facts), { title: opts.title, ownerId: opts.ownerId });
}
