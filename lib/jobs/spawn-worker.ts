// The web server's side of the worker: start one ingestion worker process (scripts/ingest-worker.ts)
// when there is work and none is running in this instance. The web server itself never loads the
// analyser. When the worker exits, jobs still waiting (queued in the meantime, or left by a worker
// that died) get a new one; one that crashed has its leases expired at once so its job is retried.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import os from "node:os";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { expireLeasesOf, pendingWork } from "./lease";

/** A worker that crashes this many times within CRASH_WINDOW_MS is not restarted until the next request asks. */
const MAX_CRASHES = 3;
const CRASH_WINDOW_MS = 60_000;

interface WorkerState {
  child: ChildProcess | null;
  crashes: number[];
}

// One per process, also across route bundles and dev reloads.
const state: WorkerState = ((globalThis as { __gentenIngestWorker?: WorkerState }).__gentenIngestWorker ??= { child: null, crashes: [] });

/** This instance's worker process while one runs (tests wait for its exit). */
export function runningWorker(): ChildProcess | null {
  return state.child;
}

export function workerScript(root = process.cwd()): string {
  return path.join(root, "scripts", "ingest-worker.ts");
}

/** Starts the worker unless it is running; returns whether one is running now. */
export function ensureIngestWorker(db: Db): boolean {
  if (state.child) return true;
  if (process.env.INGEST_WORKER === "off") return false;
  const owner = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString("hex")}`;
  const child = spawn(process.execPath, ["--import", "tsx", workerScript()], {
    cwd: process.cwd(),
    env: { ...process.env, INGEST_WORKER_ID: owner },
    stdio: ["ignore", "inherit", "inherit"],
  });
  state.child = child;
  child.once("error", (error) => console.error("ingest worker could not start:", error));
  child.once("exit", (code, signal) => {
    state.child = null;
    void afterExit(db, owner, code !== 0 || signal !== null);
  });
  return true;
}

async function afterExit(db: Db, owner: string, crashed: boolean): Promise<void> {
  try {
    if (crashed) {
      await expireLeasesOf(db, owner);
      const now = Date.now();
      state.crashes = [...state.crashes.filter((t) => now - t < CRASH_WINDOW_MS), now];
      if (state.crashes.length >= MAX_CRASHES) {
        console.error(`ingest worker crashed ${MAX_CRASHES} times within a minute; not restarting it until a job is polled again`);
        state.crashes = [];
        return;
      }
    }
    if ((await pendingWork(db)).claimable) ensureIngestWorker(db);
  } catch (error) {
    console.error("ingest worker restart check failed:", error);
  }
}

/** At server start: resume what earlier runs left (queued jobs, jobs whose worker died). */
export async function resumeIngestJobs(db: Db): Promise<boolean> {
  const { claimable, nextLeaseEnd } = await pendingWork(db);
  if (claimable) return ensureIngestWorker(db);
  // A job held under a lease that no live worker renews (the server was stopped with it): look again when it runs out.
  if (nextLeaseEnd) {
    setTimeout(() => void resumeIngestJobs(db).catch(() => {}), nextLeaseEnd.getTime() - Date.now() + 500).unref();
  }
  return false;
}
