// The ingestion worker's loop: claim the oldest claimable job, process it, repeat; exit after
// `idleMs` without work (the web server starts a worker again when a job is queued).
import type { Db } from "@/lib/db/client";
import { DEFAULT_LEASE_MS, claimNextJob } from "../lease";
import { processJob, type Analyse, type ProcessOutcome } from "../process-job";

export interface WorkerOptions {
  owner: string;
  analyse: Analyse;
  leaseMs?: number;
  idleMs?: number;
  pollMs?: number;
  onJob?: (jobId: string, outcome: ProcessOutcome) => void;
}

export async function runWorker(db: Db, { owner, analyse, leaseMs = DEFAULT_LEASE_MS, idleMs = 30_000, pollMs = 1_000, onJob }: WorkerOptions): Promise<number> {
  let processed = 0;
  let idleSince = Date.now();
  for (;;) {
    const job = await claimNextJob(db, owner, { leaseMs });
    if (job) {
      const outcome = await processJob(db, job, { owner, analyse, leaseMs });
      onJob?.(job.id, outcome);
      processed++;
      idleSince = Date.now();
      continue;
    }
    if (Date.now() - idleSince >= idleMs) return processed;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
