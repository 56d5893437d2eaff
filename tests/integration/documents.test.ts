import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractDocument } from "@/lib/documents/extract-document";
import { importDocument } from "@/lib/documents/import-document";
import { getReaderData } from "@/lib/documents/reader-data";
import { addManualFact } from "@/lib/facts/add-manual-fact";
import { reviewFact } from "@/lib/facts/review-fact";
import { documentSetSlug, syncDocumentCards } from "@/lib/sets/sync-document-cards";
import { imageOnlyStream, makePdf, textStream } from "@/lib/ingest/__fixtures__/make-pdf";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

const NEWS = fs.readFileSync("lib/extract/__fixtures__/sample-news.txt", "utf8");
const sjis = (s: string) => {
  // Shift_JIS bytes for a short Japanese text, built from a known table of the characters used.
  const table: Record<string, number[]> = { 北: [0x96, 0x6b], 朝: [0x92, 0xa9], 鮮: [0x91, 0x4e], は: [0x82, 0xcd], "。": [0x81, 0x42] };
  return new Uint8Array([...s].flatMap((c) => table[c] ?? [c.charCodeAt(0)]));
};

describe.each(PROVIDERS)("[%s] documents: import, review, re-extraction", (provider) => {
  let t: TestDatabase;
  let teacher: { id: string; role: "instructor" };
  let other: { id: string; role: "instructor" };
  const learner = { id: "learner-id", role: "learner" as const };
  const counts = async () => ({ docs: await t.db.document.count(), facts: await t.db.fact.count() });

  beforeAll(async () => {
    t = await freshDatabase(provider);
    const mk = (email: string) => t.db.user.create({ data: { email, name: email, passwordHash: "x", role: "instructor" } });
    teacher = { id: (await mk("t@example.com")).id, role: "instructor" };
    other = { id: (await mk("o@example.com")).id, role: "instructor" };
  });
  afterAll(async () => t.drop());

  it("imports a pasted news article: metadata from the text, pending facts pointing into the cleaned text", async () => {
    const created = await importDocument(t.db, { text: NEWS, origin: "paste" }, teacher.id);
    expect(created.facts).toBeGreaterThan(3);
    const doc = await t.db.document.findUniqueOrThrow({ where: { id: created.id }, include: { facts: true } });
    expect(doc.publishedAt).toBe("2022-09-17");
    expect(doc.facts.every((f) => f.status === "pending" && doc.text.slice(f.start, f.end) === f.quote)).toBe(true);
    // The page's trailing link list stays in the text as a "meta" block and yields no fact.
    const blocks = (doc.annotations as { blocks: { start: number; end: number; kind: string }[] }).blocks;
    const related = doc.text.indexOf("関連記事");
    expect(blocks.find((b) => b.start <= related && related < b.end)?.kind).toBe("meta");
    const meta = blocks.filter((b) => b.kind === "meta");
    expect(doc.facts.some((f) => meta.some((b) => f.start < b.end && f.end > b.start))).toBe(false);
  });

  it("refuses the same document twice, and bad input, storing nothing", async () => {
    const before = await counts();
    await expect(importDocument(t.db, { text: NEWS, origin: "paste" }, teacher.id)).rejects.toMatchObject({ status: 409, code: "duplicate" });
    await expect(importDocument(t.db, { text: "  \n ", origin: "paste" }, teacher.id)).rejects.toMatchObject({ status: 400, code: "empty" });
    await expect(importDocument(t.db, { bytes: new Uint8Array([0, 1, 2, 0, 255, 0, 7]), filename: "x.txt", origin: "upload" }, teacher.id)).rejects.toMatchObject({ status: 415, code: "binary" });
    await expect(importDocument(t.db, { bytes: makePdf([imageOnlyStream]), filename: "scan.pdf", origin: "upload" }, teacher.id)).rejects.toMatchObject({ status: 422, code: "no_text_layer" });
    await expect(importDocument(t.db, { text: "あ".repeat(6 * 1024 * 1024), origin: "paste" }, teacher.id)).rejects.toMatchObject({ status: 413 });
    await expect(importDocument(t.db, { bytes: new Uint8Array([1, 2]), filename: "x.docx", origin: "upload" }, teacher.id)).rejects.toMatchObject({ code: "unsupported" });
    expect(await counts()).toEqual(before);
  });

  it("imports HTML as inert article text, Shift_JIS as Unicode, and a PDF's text layer", async () => {
    const html = `<html><head><title>記事</title><script>alert(1)</script></head><body><nav>メニュー ランキング</nav>
      <article><h1>米朝協議</h1><p onclick="steal()">北朝鮮は2019年10月5日、ストックホルムで米国との実務者協議に臨んだ。</p>
      <p>北朝鮮の代表は米国が「古い考えと態度」にこだわっていると非難した。</p><img src=x onerror="alert(2)"></article></body></html>`;
    const h = await importDocument(t.db, { bytes: new TextEncoder().encode(html), filename: "a.html", origin: "upload" }, teacher.id);
    const hd = await t.db.document.findUniqueOrThrow({ where: { id: h.id } });
    expect(hd.text).toContain("ストックホルム");
    expect(hd.text).not.toMatch(/alert|steal|onerror|<script|メニュー/);

    const s = await importDocument(t.db, { bytes: sjis("北朝鮮は。"), filename: "s.txt", origin: "upload" }, teacher.id);
    expect((await t.db.document.findUniqueOrThrow({ where: { id: s.id } })).text).toContain("北朝鮮は");

    // A PDF's text layer is read, and an English one is refused as not Japanese: nothing is stored.
    const before = await t.db.document.count();
    await expect(
      importDocument(t.db, { bytes: makePdf([textStream(["Pyongyang and Washington met in Singapore on 12 June 2018."])]), filename: "p.pdf", origin: "upload" }, teacher.id),
    ).rejects.toMatchObject({ status: 422, code: "not_japanese" });
    expect(await t.db.document.count()).toBe(before);
  });

  it("lets the uploading instructor approve, reject and edit facts (span kept), and no one else", async () => {
    const doc = await t.db.document.findFirstOrThrow({ where: { publishedAt: "2022-09-17" }, include: { facts: { orderBy: { start: "asc" } } } });
    const [a, b, c] = doc.facts;
    await reviewFact(t.db, teacher, a!.id, { action: "approve" });
    await reviewFact(t.db, teacher, b!.id, { action: "reject" });
    const edited = await reviewFact(t.db, teacher, c!.id, {
      action: "edit",
      fields: { kind: "position", statement: "官房長官が全力で取り組むと述べた", dateValue: "2022-09-16", datePrecision: "day", actors: ["日本"], speaker: "官房長官", name: null, items: [], topics: ["拉致問題"] },
    });
    expect(edited).toMatchObject({ status: "approved", edited: true, start: c!.start, end: c!.end, quote: c!.quote, speaker: "官房長官" });

    await expect(reviewFact(t.db, other, a!.id, { action: "reject" })).rejects.toMatchObject({ status: 403 });
    await expect(reviewFact(t.db, learner, a!.id, { action: "reject" })).rejects.toMatchObject({ status: 403 });
    await expect(reviewFact(t.db, teacher, "no-such-fact", { action: "approve" })).rejects.toMatchObject({ status: 404 });
    expect((await t.db.fact.findUniqueOrThrow({ where: { id: a!.id } })).status).toBe("approved");
  });

  it("adds a missed fact from a selection, with the exact quote, and validates the span", async () => {
    const doc = await t.db.document.findFirstOrThrow({ where: { publishedAt: "2022-09-17" } });
    const start = doc.text.indexOf("宣言は国交正常化交渉");
    const end = doc.text.indexOf("。", start) + 1;
    const fields = { kind: "agreement" as const, statement: "日朝平壌宣言の内容", dateValue: null, datePrecision: null, actors: ["日本", "北朝鮮"], speaker: null, name: "日朝平壌宣言", items: ["国交正常化交渉の再開"], topics: [] };
    const fact = await addManualFact(t.db, teacher, doc.id, { start, end, fields });
    expect(fact.quote).toBe(doc.text.slice(start, end));
    expect(fact).toMatchObject({ origin: "manual", status: "approved" });
    await expect(addManualFact(t.db, teacher, doc.id, { start: 5, end: 5, fields })).rejects.toMatchObject({ status: 400 });
    await expect(addManualFact(t.db, teacher, doc.id, { start: 0, end: doc.text.length + 1, fields })).rejects.toMatchObject({ status: 400 });
    await expect(addManualFact(t.db, other, doc.id, { start, end, fields })).rejects.toMatchObject({ status: 403 });
  });

  it("re-extraction keeps every reviewed fact and changes nothing else when the text is unchanged", async () => {
    const doc = await t.db.document.findFirstOrThrow({ where: { publishedAt: "2022-09-17" } });
    const before = await t.db.fact.findMany({ where: { documentId: doc.id }, orderBy: { id: "asc" } });
    const result = await extractDocument(t.db, doc.id);
    expect(result).toMatchObject({ created: 0, removed: 0 });
    const after = await t.db.fact.findMany({ where: { documentId: doc.id }, orderBy: { id: "asc" } });
    expect(after.map((f) => [f.id, f.status, f.statement])).toEqual(before.map((f) => [f.id, f.status, f.statement]));
  });

  it("shows learners only approved facts; the reviewer sees every status", async () => {
    const doc = await t.db.document.findFirstOrThrow({ where: { publishedAt: "2022-09-17" } });
    // Published, so a learner outside the teacher's classes may read it (0008-document-visibility).
    await t.db.document.update({ where: { id: doc.id }, data: { published: true } });
    const asLearner = await getReaderData(t.db, doc.slug, learner);
    const asTeacher = await getReaderData(t.db, doc.slug, teacher);
    expect(asLearner?.canReview).toBe(false);
    expect(asLearner?.facts.every((f) => f.status === "approved")).toBe(true);
    expect(asTeacher?.canReview).toBe(true);
    expect(asTeacher!.facts.length).toBeGreaterThan(asLearner!.facts.length);
    expect(new Set(asTeacher!.facts.map((f) => f.status))).toEqual(new Set(["approved", "rejected", "pending"]));
  });

  it("turns an uploaded document's approved facts into cards in the uploader's set, and retires them on rejection", async () => {
    const doc = await t.db.document.findFirstOrThrow({ where: { publishedAt: "2022-09-17" } });
    // A card needs options from the same document: the instructor approves every fact still pending.
    const pending = await t.db.fact.findMany({ where: { documentId: doc.id, status: "pending" }, select: { id: true } });
    for (const fact of pending) await reviewFact(t.db, teacher, fact.id, { action: "approve" });
    const { cards } = await syncDocumentCards(t.db, doc.id);
    expect(cards).toBeGreaterThan(0);
    const set = await t.db.cardSet.findUniqueOrThrow({ where: { slug: documentSetSlug(doc.id) }, include: { cards: true } });
    expect(set).toMatchObject({ ownerId: teacher.id, visibility: "private", title: doc.title });
    expect(set.cards).toHaveLength(cards);
    const approvedIds = (await t.db.fact.findMany({ where: { documentId: doc.id, status: "approved" }, select: { id: true } })).map((f) => f.id);
    const cardRows = await t.db.card.findMany({ where: { documentId: doc.id, retired: false } });
    expect(cardRows.every((c) => c.factId === null || approvedIds.includes(c.factId))).toBe(true);

    const victim = approvedIds.find((id) => cardRows.some((c) => c.factId === id))!;
    await reviewFact(t.db, teacher, victim, { action: "reject" });
    await syncDocumentCards(t.db, doc.id);
    const after = await t.db.card.findMany({ where: { factId: victim } });
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((c) => c.retired)).toBe(true);
    // A second sync with nothing changed keeps the same cards.
    const again = await syncDocumentCards(t.db, doc.id);
    expect(again.cards).toBe(cards - after.length);
  });
});
