// What GET /api/jobs/:id shows the job's owner: its stage, and how it ended.
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { ACTIVE_STATUSES, type JobFailureCode, type JobKind, type JobStatus } from "./status";

export interface JobView {
  id: string;
  kind: JobKind;
  status: JobStatus;
  attempts: number;
  document: { slug: string; title: string } | null;
  /** { facts } (import) or { created, removed, kept } (re-extraction) once done; { slug } of the existing document for a duplicate */
  result: Record<string, number | string> | null;
  error: { code: JobFailureCode; message: string } | null;
  /** True while no worker holds the job: it is queued, or its worker stopped renewing the lease. */
  waiting: boolean;
}

export async function getJobView(db: Db, jobId: string, userId: string, now = new Date()): Promise<JobView> {
  const job = await db.ingestJob.findUnique({
    where: { id: jobId },
    select: {
      id: true,
      kind: true,
      status: true,
      attempts: true,
      createdById: true,
      result: true,
      errorCode: true,
      errorMessage: true,
      leaseUntil: true,
      document: { select: { slug: true, title: true } },
    },
  });
  // Someone else's job is reported as missing, not forbidden: its id tells nothing.
  if (!job || job.createdById !== userId) throw new HttpError(404, "not_found", "No such job.");
  const held = (ACTIVE_STATUSES as readonly string[]).includes(job.status) && !!job.leaseUntil && job.leaseUntil >= now;
  return {
    id: job.id,
    kind: job.kind as JobKind,
    status: job.status as JobStatus,
    attempts: job.attempts,
    document: job.document,
    result: (job.result as JobView["result"]) ?? null,
    error: job.status === "failed" ? { code: (job.errorCode ?? "internal") as JobFailureCode, message: job.errorMessage ?? "" } : null,
    waiting: job.status === "queued" || ((ACTIVE_STATUSES as readonly string[]).includes(job.status) && !held),
  };
}
