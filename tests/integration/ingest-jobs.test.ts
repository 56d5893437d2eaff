// Ingestion jobs on both databases: claiming under concurrency, leases, retries, the storing
// transaction, and bad input ending the job failed (or done, honestly empty) with nothing half-stored.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { reviewFact } from "@/lib/facts/review-fact";
import type { ExtractedFact } from "@/lib/facts/types";
import { enqueueImport } from "@/lib/jobs/enqueue-import";
import { enqueueReextract } from "@/lib/jobs/enqueue-reextract";
import { getJobView } from "@/lib/jobs/job-view";
import { claimJob, claimNextJob, renewLease } from "@/lib/jobs/lease";
import { processJob } from "@/lib/jobs/process-job";
import { storeImport } from "@/lib/jobs/store-results";
import { LeaseLost } from "@/lib/jobs/status";
import { analyse } from "@/lib/jobs/worker/analyse";
import { AnalyserThread } from "@/lib/jobs/worker/analyser-thread";
import { documentSetSlug } from "@/lib/sets/sync-document-cards";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

const NEWS = fs.readFileSync("lib/extract/__fixtures__/sample-news.txt", "utf8");
const T0 = new Date("2026-01-01T00:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

describe.each(PROVIDERS)("[%s] ingestion jobs", (provider) => {
  let t: TestDatabase;
  let other: Db;
  let teacher: string;
  const counts = async () => ({ docs: await t.db.document.count(), facts: await t.db.fact.count(), cards: await t.db.card.count() });
  const job = (id: string) => t.db.ingestJob.findUniqueOrThrow({ where: { id } });
  const paste = (text: string) => enqueueImport(t.db, { text, origin: "paste" }, teacher);
  /** A job created directly (no duplicate check), for the lease tests. */
  const rawJob = (text = `北朝鮮は会談を開いた。${Math.random()}`) =>
    t.db.ingestJob.create({ data: { kind: "import", createdById: teacher, inputText: text, origin: "paste", createdAt: T0 } });

  beforeAll(async () => {
    t = await freshDatabase(provider);
    // A second client: on PostgreSQL its own connection pool, so the two claimers really race.
    other = createDb(t.target);
    teacher = (await t.db.user.create({ data: { email: "t@example.com", name: "t", passwordHash: "x", role: "instructor" } })).id;
  });
  afterAll(async () => {
    await other.$disconnect();
    await t.drop();
  });

  it("claims a job once when two workers race for it", async () => {
    const jobs = await Promise.all(Array.from({ length: 12 }, () => rawJob()));
    for (const { id } of jobs) {
      const wins = await Promise.all([claimJob(t.db, id, "worker-a", { now: at(0) }), claimJob(other, id, "worker-b", { now: at(0) })]);
      expect(wins.filter(Boolean)).toHaveLength(1);
      expect((await job(id)).attempts).toBe(1);
    }
    // claimNextJob from both sides until nothing is left: every job goes to exactly one worker.
    const more = await Promise.all(Array.from({ length: 10 }, () => rawJob()));
    const claimed: string[] = [];
    const drain = async (db: Db, owner: string) => {
      for (let j = await claimNextJob(db, owner, { now: at(0) }); j; j = await claimNextJob(db, owner, { now: at(0) })) claimed.push(j.id);
    };
    await Promise.all([drain(t.db, "worker-a"), drain(other, "worker-b")]);
    expect(claimed.sort()).toEqual(more.map((j) => j.id).sort());
    await t.db.ingestJob.deleteMany({});
  });

  it("retries a job whose lease ran out, and the first worker can no longer store it", async () => {
    const { id } = await rawJob(NEWS);
    expect(await claimJob(t.db, id, "dead", { now: at(0), leaseMs: 1_000 })).toBe(true);
    expect(await claimJob(other, id, "alive", { now: at(500), leaseMs: 1_000 })).toBe(false);
    expect(await claimJob(other, id, "alive", { now: at(1_500), leaseMs: 1_000 })).toBe(true);
    expect(await job(id)).toMatchObject({ attempts: 2, leaseOwner: "alive", status: "analysing" });
    expect(await renewLease(t.db, id, "dead")).toBe(false);

    const before = await counts();
    const { ingested, facts } = await analyse({ kind: "import", input: { text: NEWS } });
    await expect(storeImport(t.db, { id, origin: "paste", createdById: teacher }, ingested!, facts, { owner: "dead" })).rejects.toBeInstanceOf(LeaseLost);
    expect(await counts()).toEqual(before);
    await t.db.ingestJob.deleteMany({});
  });

  it("gives a job up after its worker died on it three times", async () => {
    const { id } = await rawJob();
    for (const [i, now] of [at(0), at(2_000), at(4_000)].entries()) {
      expect(await claimNextJob(t.db, `worker-${i}`, { now, leaseMs: 1_000 })).toMatchObject({ id, attempts: i + 1 });
    }
    expect(await claimNextJob(t.db, "worker-3", { now: at(6_000), leaseMs: 1_000 })).toBeNull();
    expect(await job(id)).toMatchObject({ status: "failed", errorCode: "interrupted", attempts: 3, leaseOwner: null, inputText: null });
  });

  it("stores nothing when storing fails midway; the job is retried, then failed after three attempts", async () => {
    const before = await counts();
    const { id } = await paste(NEWS);
    // The document row is written first; a broken fact then makes the transaction fail.
    const brokenAnalysis = async () => {
      const result = await analyse({ kind: "import", input: { text: NEWS } });
      return { ...result, facts: [...result.facts, { ...result.facts[0]!, quote: null } as unknown as ExtractedFact] };
    };
    for (let attempt = 1; attempt <= 3; attempt++) {
      const claimed = await claimNextJob(t.db, "worker");
      expect(claimed).toMatchObject({ id, attempts: attempt });
      expect(await processJob(t.db, claimed!, { owner: "worker", analyse: brokenAnalysis })).toBe(attempt < 3 ? "queued" : "failed");
      expect(await counts()).toEqual(before);
    }
    expect(await job(id)).toMatchObject({ status: "failed", errorCode: "internal", documentId: null, inputText: null });
  });

  it("imports a pasted article: document, pending facts and the finished job in one transaction", async () => {
    const queued = await paste(NEWS);
    expect(queued.status).toBe("queued");
    expect(await getJobView(t.db, queued.id, teacher)).toMatchObject({ status: "queued", waiting: true, document: null, error: null });
    await expect(paste(NEWS)).rejects.toMatchObject({ status: 409, code: "duplicate_queued" });

    const stages: string[] = [];
    const claimed = (await claimNextJob(t.db, "worker"))!;
    const outcome = await processJob(t.db, claimed, {
      owner: "worker",
      analyse: (request, onStage) => analyse(request, (stage) => (stages.push(stage), onStage(stage))),
    });
    expect(outcome).toBe("done");
    expect(stages).toEqual(["analysing", "extracting"]);
    const done = await job(queued.id);
    expect(done).toMatchObject({ status: "done", leaseOwner: null, inputText: null, inputBytes: null, errorCode: null });
    const doc = await t.db.document.findUniqueOrThrow({ where: { id: done.documentId! }, include: { facts: true } });
    expect(doc).toMatchObject({ origin: "paste", publishedAt: "2022-09-17", createdById: teacher });
    expect(doc.facts.length).toBeGreaterThan(3);
    expect(doc.facts.every((f) => f.status === "pending" && doc.text.slice(f.start, f.end) === f.quote)).toBe(true);
    expect(await getJobView(t.db, queued.id, teacher)).toMatchObject({ status: "done", waiting: false, document: { slug: doc.slug }, result: { facts: doc.facts.length } });
    await expect(getJobView(t.db, queued.id, "someone-else")).rejects.toMatchObject({ status: 404 });
    // Now stored: the same text is refused in the request.
    await expect(paste(NEWS)).rejects.toMatchObject({ status: 409, code: "duplicate", details: { slug: doc.slug } });
  });

  it("re-extracts as a job: reviewed facts kept, the document's cards follow, a second request joins the first", async () => {
    const doc = await t.db.document.findFirstOrThrow({ where: { publishedAt: "2022-09-17" }, include: { facts: { orderBy: { start: "asc" } } } });
    // Cards need options from the same document: the instructor approves every fact.
    for (const fact of doc.facts) await reviewFact(t.db, { id: teacher, role: "instructor" }, fact.id, { action: "approve" });
    const first = await enqueueReextract(t.db, doc.id, teacher);
    expect(await enqueueReextract(t.db, doc.id, teacher)).toEqual(first);
    const claimed = (await claimNextJob(t.db, "worker"))!;
    expect(await processJob(t.db, claimed, { owner: "worker", analyse })).toBe("done");
    expect(await job(first.id)).toMatchObject({ status: "done", result: { created: 0, removed: 0, kept: doc.facts.length } });
    const set = await t.db.cardSet.findUniqueOrThrow({ where: { slug: documentSetSlug(doc.id) }, include: { cards: true } });
    expect(set.cards.length).toBeGreaterThan(0);
    expect(await t.db.fact.count({ where: { documentId: doc.id } })).toBe(doc.facts.length);
  });

  describe("bad input", () => {
    const run = async (jobId: string) => {
      const claimed = (await claimNextJob(t.db, "worker"))!;
      expect(claimed.id).toBe(jobId);
      return processJob(t.db, claimed, { owner: "worker", analyse });
    };

    it("fails a document in another language with its reason, storing nothing", async () => {
      const before = await counts();
      const english = "The leaders of the two countries met in Singapore on 12 June 2018 and signed a joint statement on peace.";
      const { id } = await enqueueImport(t.db, { bytes: new TextEncoder().encode(english), filename: "en.txt", origin: "upload" }, teacher);
      expect(await run(id)).toBe("failed");
      expect(await getJobView(t.db, id, teacher)).toMatchObject({ status: "failed", error: { code: "not_japanese" }, document: null });
      expect(await counts()).toEqual(before);
    });

    it("ends a Japanese text without dates or actors done with an honest empty result", async () => {
      const { id } = await paste("きょうは朝から雨が降っていた。静かな一日だった。窓の外を眺めながら、お茶を飲んでいた。");
      expect(await run(id)).toBe("done");
      const view = await getJobView(t.db, id, teacher);
      expect(view).toMatchObject({ status: "done", result: { facts: 0 } });
      expect(await t.db.fact.count({ where: { document: { slug: view.document!.slug } } })).toBe(0);
    });

    it("stores a table-only page as a document with only what the table states", async () => {
      const html = `<html><head><title>日程表</title></head><body><table><tr><th>日付</th><th>場所</th></tr>
        <tr><td>2018年6月12日</td><td>シンガポール</td></tr><tr><td>2019年2月27日</td><td>ハノイ</td></tr></table></body></html>`;
      const { id } = await enqueueImport(t.db, { bytes: new TextEncoder().encode(html), filename: "table.html", origin: "upload" }, teacher);
      expect(await run(id)).toBe("done");
      const stored = await t.db.document.findFirstOrThrow({ where: { ingestJobs: { some: { id } } }, include: { facts: true } });
      expect(stored.text).toContain("ハノイ");
      expect(stored.facts.every((f) => stored.text.slice(f.start, f.end) === f.quote)).toBe(true);
    });

    it("refuses mixed encodings, binary files and oversized text in the request, before any job exists", async () => {
      const before = await t.db.ingestJob.count();
      const utf8 = new TextEncoder().encode("北朝鮮は2018年6月12日に会談した。");
      const sjis = new Uint8Array([0x96, 0x6b, 0x92, 0xa9, 0x91, 0x4e, 0x82, 0xcd, 0x81, 0x42]);
      const mixed = new Uint8Array([...utf8, 0x0a, ...sjis]);
      await expect(enqueueImport(t.db, { bytes: mixed, filename: "mixed.txt", origin: "upload" }, teacher)).rejects.toMatchObject({ status: 415, code: "encoding" });
      await expect(enqueueImport(t.db, { bytes: mixed, filename: "mixed.html", origin: "upload" }, teacher)).rejects.toMatchObject({ status: 415, code: "encoding" });
      await expect(enqueueImport(t.db, { bytes: new Uint8Array([0, 1, 2, 0, 255]), filename: "x.txt", origin: "upload" }, teacher)).rejects.toMatchObject({ status: 415, code: "binary" });
      await expect(paste("あ".repeat(5 * 1024 * 1024 + 1))).rejects.toMatchObject({ status: 413, code: "too_large" });
      await expect(paste(" \n\u3000")).rejects.toMatchObject({ status: 400, code: "empty" });
      expect(await t.db.ingestJob.count()).toBe(before);
    });

    it("fails a 5 MB text that its analysis cannot hold in memory, storing nothing", async () => {
      const before = await counts();
      const big = NEWS.repeat(Math.floor((5 * 1000 * 1000) / Buffer.byteLength(NEWS)));
      const { id } = await paste(big);
      // The worker's analysis thread with a small heap: running out of it ends the job, not the worker.
      const thread = new AnalyserThread({ memoryMb: 64 });
      try {
        const claimed = (await claimNextJob(t.db, "worker"))!;
        expect(await processJob(t.db, claimed, { owner: "worker", analyse: thread.analyse })).toBe("failed");
      } finally {
        await thread.close();
      }
      expect(await getJobView(t.db, id, teacher)).toMatchObject({ status: "failed", error: { code: "too_complex" } });
      expect(await job(id)).toMatchObject({ inputText: null, leaseOwner: null });
      expect(await counts()).toEqual(before);
    });

    it("fails an import of a document stored meanwhile as a duplicate, naming the stored one", async () => {
      const html = `<html><body><article><p>北朝鮮は2019年10月5日、ストックホルムで米国との実務者協議に臨んだ。</p></article></body></html>`;
      const bytes = new TextEncoder().encode(html);
      const first = await enqueueImport(t.db, { bytes, filename: "a.html", origin: "upload" }, teacher);
      const second = await enqueueImport(t.db, { bytes, filename: "b.html", origin: "upload" }, teacher);
      expect(await run(first.id)).toBe("done");
      expect(await run(second.id)).toBe("failed");
      const stored = await getJobView(t.db, first.id, teacher);
      expect(await getJobView(t.db, second.id, teacher)).toMatchObject({ error: { code: "duplicate" }, result: { slug: stored.document!.slug } });
    });
  });
});
