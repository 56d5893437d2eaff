// The life of an ingestion job and the ways it can fail. Shared by the web server (queueing,
// progress) and the worker (claiming, processing); imports nothing heavy.

export const JOB_KINDS = ["import", "reextract"] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** queued → analysing → extracting → storing → done, or failed at any point. */
export const JOB_STATUSES = ["queued", "analysing", "extracting", "storing", "done", "failed"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Statuses of a job a worker holds (under a lease). */
export const ACTIVE_STATUSES = ["analysing", "extracting", "storing"] as const satisfies readonly JobStatus[];
export const FINAL_STATUSES = ["done", "failed"] as const satisfies readonly JobStatus[];

/** A job is claimed at most this many times: a worker that dies on it three times gives it up. */
export const MAX_ATTEMPTS = 3;

/**
 * Why a job failed — each has a message in the UI's languages (messages: jobs.errors.<code>).
 * The ingestion codes are lib/ingest's; the others are found by the job itself.
 */
export const JOB_FAILURE_CODES = [
  "empty",
  "binary",
  "too_large",
  "encoding",
  "no_text_layer",
  "unsupported",
  "duplicate",
  "not_japanese",
  "too_slow",
  "too_complex",
  "document_missing",
  "interrupted",
  "internal",
] as const;
export type JobFailureCode = (typeof JOB_FAILURE_CODES)[number];

/** A job that cannot succeed with this input: it ends failed at once, without a retry. */
export class JobFailure extends Error {
  constructor(
    readonly code: JobFailureCode,
    message: string,
    readonly detail?: Record<string, string>,
  ) {
    super(message);
    this.name = "JobFailure";
  }
}

/** The worker no longer holds the job's lease (it expired and another worker claimed it). */
export class LeaseLost extends Error {
  constructor(jobId: string) {
    super(`The lease on job ${jobId} was lost.`);
    this.name = "LeaseLost";
  }
}

export function isFinal(status: string): boolean {
  return (FINAL_STATUSES as readonly string[]).includes(status);
}
