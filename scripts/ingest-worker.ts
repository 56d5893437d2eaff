// The ingestion worker: a separate process that the web server starts when a job is queued
// (lib/jobs/spawn-worker.ts), or that can be run by hand (`npm run ingest-worker`). It loads
// the language analyser in its analysis thread, processes jobs until none has come for
// INGEST_WORKER_IDLE_MS (default 30 s), then exits, so no process holds the dictionary for good.
import crypto from "node:crypto";
import os from "node:os";
import { loadLocalEnv } from "./support/local-env";

loadLocalEnv();
const { parseEnv } = await import("@/lib/env");
const env = parseEnv();
const { db } = await import("@/lib/db/client");
const { expireLeasesOf } = await import("@/lib/jobs/lease");
const { runWorker } = await import("@/lib/jobs/worker/run-worker");
const { AnalyserThread } = await import("@/lib/jobs/worker/analyser-thread");

const owner = process.env.INGEST_WORKER_ID || `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString("hex")}`;
const analyser = new AnalyserThread({ timeoutMs: env.INGEST_JOB_TIMEOUT_MS, memoryMb: env.INGEST_THREAD_MEMORY_MB });

// Stopped on purpose: hand the jobs back at once rather than when their leases run out.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void expireLeasesOf(db, owner)
      .catch(() => {})
      .finally(() => process.exit(1));
  });
}

const started = Date.now();
const processed = await runWorker(db, {
  owner,
  analyse: analyser.analyse,
  leaseMs: env.INGEST_LEASE_MS,
  idleMs: env.INGEST_WORKER_IDLE_MS,
  onJob: (id, outcome) => console.log(`ingest worker ${owner}: job ${id} ${outcome}`),
});
await analyser.close();
await db.$disconnect();
console.log(`ingest worker ${owner}: ${processed} job(s) in ${Math.round((Date.now() - started) / 1000)} s, exiting when idle`);
process.exit(0);
