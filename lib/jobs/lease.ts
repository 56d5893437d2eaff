// Claiming and holding a job. Several workers (one per app instance) may share one database:
// a claim is a conditional UPDATE whose WHERE repeats the claimable condition, so of two
// workers racing for a job exactly one sees an affected count of 1. Every later write of the
// worker is conditional on still holding the lease (leaseOwner), so a worker whose lease
// expired and was taken over can no longer change the job.
import type { Db } from "@/lib/db/client";
import { ACTIVE_STATUSES, MAX_ATTEMPTS, type JobStatus } from "./status";

/** How long a claim holds without renewal; the worker renews it every third of this. */
export const DEFAULT_LEASE_MS = 60_000;

/** A job a worker may take: queued, or held by a worker whose lease has run out. */
export function claimableWhere(now: Date) {
  return {
    attempts: { lt: MAX_ATTEMPTS },
    OR: [{ status: "queued" }, { status: { in: [...ACTIVE_STATUSES] }, leaseUntil: { lt: now } }],
  };
}

/** Jobs whose worker died on them MAX_ATTEMPTS times end failed ("interrupted"). */
export async function giveUpInterruptedJobs(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.ingestJob.updateMany({
    where: { status: { in: [...ACTIVE_STATUSES] }, leaseUntil: { lt: now }, attempts: { gte: MAX_ATTEMPTS } },
    data: {
      status: "failed",
      errorCode: "interrupted",
      errorMessage: `Processing was interrupted ${MAX_ATTEMPTS} times.`,
      leaseOwner: null,
      leaseUntil: null,
      inputBytes: null,
      inputText: null,
      finishedAt: now,
    },
  });
  return count;
}

/** Claims one job; true when this worker now holds it (attempts counted, status analysing). */
export async function claimJob(db: Db, jobId: string, owner: string, { now = new Date(), leaseMs = DEFAULT_LEASE_MS } = {}): Promise<boolean> {
  const { count } = await db.ingestJob.updateMany({
    where: { id: jobId, ...claimableWhere(now) },
    data: { status: "analysing", leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
  });
  return count === 1;
}

/** The oldest claimable job, claimed for `owner`; null when there is none left. */
export async function claimNextJob(db: Db, owner: string, { now = new Date(), leaseMs = DEFAULT_LEASE_MS } = {}) {
  await giveUpInterruptedJobs(db, now);
  // A few candidates: another worker may win the first one.
  const candidates = await db.ingestJob.findMany({ where: claimableWhere(now), orderBy: { createdAt: "asc" }, take: 5, select: { id: true } });
  for (const { id } of candidates) {
    if (await claimJob(db, id, owner, { now, leaseMs })) return db.ingestJob.findUniqueOrThrow({ where: { id } });
  }
  return null;
}

/**
 * Extends the lease and records the stage the job has reached; false when this worker no
 * longer holds the job (the caller must stop working on it).
 */
export async function renewLease(
  db: Db,
  jobId: string,
  owner: string,
  { now = new Date(), leaseMs = DEFAULT_LEASE_MS, status }: { now?: Date; leaseMs?: number; status?: JobStatus } = {},
): Promise<boolean> {
  const { count } = await db.ingestJob.updateMany({
    where: { id: jobId, leaseOwner: owner, status: { in: [...ACTIVE_STATUSES] } },
    data: { leaseUntil: new Date(now.getTime() + leaseMs), ...(status ? { status } : {}) },
  });
  return count === 1;
}

/** Expires the leases a dead worker held, so its jobs are retried now rather than after the lease. */
export async function expireLeasesOf(db: Db, owner: string, now = new Date()): Promise<number> {
  const { count } = await db.ingestJob.updateMany({
    where: { leaseOwner: owner, status: { in: [...ACTIVE_STATUSES] } },
    data: { leaseUntil: now },
  });
  return count;
}

/** Whether any job is waiting for a worker (queued or with an expired lease) — or held, and when its lease ends. */
export async function pendingWork(db: Db, now = new Date()): Promise<{ claimable: boolean; nextLeaseEnd: Date | null }> {
  const claimable = (await db.ingestJob.count({ where: claimableWhere(now) })) > 0;
  const held = await db.ingestJob.findFirst({
    where: { status: { in: [...ACTIVE_STATUSES] }, leaseUntil: { gte: now } },
    orderBy: { leaseUntil: "asc" },
    select: { leaseUntil: true },
  });
  return { claimable, nextLeaseEnd: held?.leaseUntil ?? null };
}
