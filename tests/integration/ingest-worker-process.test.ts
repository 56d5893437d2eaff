// The real worker process, as the web server starts it at start-up: it picks up a queued job and one
// whose worker died (expired lease), processes both in its analysis thread, and exits when idle.
import { once } from "node:events";
import fs from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { enqueueImport } from "@/lib/jobs/enqueue-import";
import { ensureIngestWorker, resumeIngestJobs, runningWorker } from "@/lib/jobs/spawn-worker";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

const NEWS = fs.readFileSync("lib/extract/__fixtures__/sample-news.txt", "utf8");

describe.each(PROVIDERS)("[%s] the ingestion worker process", (provider) => {
  let t: TestDatabase;
  let teacher: string;

  beforeAll(async () => {
    t = await freshDatabase(provider);
    teacher = (await t.db.user.create({ data: { email: "t@example.com", name: "t", passwordHash: "x", role: "instructor" } })).id;
  });
  afterAll(async () => t.drop());
  // A worker a failed test left running must not serve the next test's database.
  afterEach(async () => {
    const left = runningWorker();
    if (left) {
      const exited = once(left, "exit");
      left.kill("SIGKILL");
      await exited;
    }
  });

  it("resumes waiting and interrupted jobs at start, stores them, and exits when idle", async () => {
    const queued = await enqueueImport(t.db, { text: NEWS, origin: "paste" }, teacher);
    const interrupted = await t.db.ingestJob.create({
      data: {
        kind: "import",
        createdById: teacher,
        origin: "paste",
        inputText: "日本政府は2024年5月1日、東京で記者会見を開き、新たな方針を発表した。",
        status: "extracting",
        attempts: 1,
        leaseOwner: "a-worker-that-died",
        leaseUntil: new Date(Date.now() - 1_000),
      },
    });
    // The worker inherits the environment: this test's database, a short idle time.
    Object.assign(process.env, { DATABASE_URL: t.target.url, INGEST_WORKER_IDLE_MS: "1000", NEXTAUTH_SECRET: "s".repeat(32) });
    expect(await resumeIngestJobs(t.db)).toBe(true);
    const child = runningWorker()!;
    expect(child.pid).toBeGreaterThan(0);
    const [code] = await once(child, "exit");
    expect(code).toBe(0);

    const job = (id: string) => t.db.ingestJob.findUniqueOrThrow({ where: { id } });
    expect(await job(queued.id)).toMatchObject({ status: "done", attempts: 1, leaseOwner: null });
    expect(await job(interrupted.id)).toMatchObject({ status: "done", attempts: 2, leaseOwner: null });
    expect(await t.db.document.count({ where: { ingestJobs: { some: {} } } })).toBe(2);
    expect(await t.db.fact.count()).toBeGreaterThan(3);
  });

  it("retries the job of a worker killed mid-way in a new worker, storing it once", async () => {
    const before = await t.db.document.count();
    // Big enough that extraction takes a few seconds: the worker is killed while it runs.
    const text = `${NEWS.replace("2022年9月17日", "2022年9月18日")}\n`.repeat(200);
    const { id } = await enqueueImport(t.db, { text, origin: "paste" }, teacher);
    Object.assign(process.env, { DATABASE_URL: t.target.url, INGEST_WORKER_IDLE_MS: "1000", NEXTAUTH_SECRET: "s".repeat(32) });
    expect(ensureIngestWorker(t.db)).toBe(true);
    const first = runningWorker()!;
    const exited = once(first, "exit");
    for (let status = ""; status !== "extracting"; ) {
      status = (await t.db.ingestJob.findUniqueOrThrow({ where: { id } })).status;
      expect(status).not.toBe("done");
      await new Promise((r) => setTimeout(r, 50));
    }
    first.kill("SIGKILL");
    await exited;
    // The server saw the crash: the lease is expired at once and a new worker takes the job.
    let second = runningWorker();
    while (!second || second === first) {
      await new Promise((r) => setTimeout(r, 50));
      second = runningWorker();
    }
    await once(second, "exit");
    expect(await t.db.ingestJob.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "done", attempts: 2, leaseOwner: null });
    expect(await t.db.document.count()).toBe(before + 1);
  }, 240_000);
});
