// A job that will not be stored: failed for good (bad input, or out of attempts), or handed
// back to the queue after an unexpected error so another attempt can try. Both only while
// this worker still holds the job.
import type { Db } from "@/lib/db/client";
import { toJson } from "@/lib/db/json";
import { MAX_ATTEMPTS, type JobFailure } from "./status";

const RELEASED = { leaseOwner: null, leaseUntil: null };

export async function failJob(db: Db, jobId: string, owner: string, failure: Pick<JobFailure, "code" | "message" | "detail">): Promise<boolean> {
  const { count } = await db.ingestJob.updateMany({
    where: { id: jobId, leaseOwner: owner },
    data: {
      ...RELEASED,
      status: "failed",
      errorCode: failure.code,
      errorMessage: failure.message.slice(0, 1000),
      result: failure.detail ? toJson(failure.detail) : undefined,
      inputBytes: null,
      inputText: null,
      finishedAt: new Date(),
    },
  });
  return count === 1;
}

/** After an unexpected error: queued again, or failed ("internal") once MAX_ATTEMPTS are spent. */
export async function releaseJob(db: Db, job: { id: string; attempts: number }, owner: string, error: unknown): Promise<"queued" | "failed"> {
  const message = error instanceof Error ? error.message : String(error);
  if (job.attempts >= MAX_ATTEMPTS) {
    await failJob(db, job.id, owner, { code: "internal", message });
    return "failed";
  }
  await db.ingestJob.updateMany({
    where: { id: job.id, leaseOwner: owner },
    data: { ...RELEASED, status: "queued", errorMessage: message.slice(0, 1000) },
  });
  return "queued";
}
