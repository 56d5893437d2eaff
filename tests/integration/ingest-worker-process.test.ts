// The real worker process, as the web server starts it at start-up: it picks up a queued job and one
// whose worker died (expired lease), processes both in its analysis thread, and exits when idle.
import { once } from "node:events";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueImport } from "@/lib/jobs/enqueue-import";
import { resumeIngestJobs, runningWorker } from "@/lib/jobs/spawn-worker";
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
});
