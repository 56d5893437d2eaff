// One claimed job, start to end, in the worker: the input to the analysis (given as a function,
// so tests can run it in-process and the worker in its thread), stages and lease renewals
// while it runs, then one storing transaction. Bad input ends the job failed with its reason;
// an unexpected error hands it back to the queue (or fails it after MAX_ATTEMPTS claims).
import type { IngestJob } from "@/generated/sqlite/client";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { failJob, releaseJob } from "./finish-job";
import { DEFAULT_LEASE_MS, renewLease } from "./lease";
import { JobFailure, LeaseLost } from "./status";
import { storeImport, storeReextract } from "./store-results";
import type { AnalysisRequest, AnalysisResult, StageListener } from "./worker/analyse";

export type Analyse = (request: AnalysisRequest, onStage: StageListener) => Promise<AnalysisResult>;

export interface ProcessOptions {
  owner: string;
  analyse: Analyse;
  leaseMs?: number;
}

export type ProcessOutcome = "done" | "failed" | "queued" | "lost";

async function requestFor(db: Db, job: IngestJob): Promise<AnalysisRequest> {
  if (job.kind === "import") {
    if (!job.inputBytes && job.inputText === null) throw new JobFailure("empty", "The job has no input.");
    return {
      kind: "import",
      input: {
        bytes: job.inputBytes ? new Uint8Array(job.inputBytes) : undefined,
        text: job.inputText ?? undefined,
        filename: job.filename ?? undefined,
        title: job.title,
        publisher: job.publisher,
        publishedAt: job.publishedAt,
      },
    };
  }
  const doc = job.documentId
    ? await db.document.findUnique({ where: { id: job.documentId }, select: { text: true, annotations: true, publishedAt: true, title: true } })
    : null;
  if (!doc) throw new JobFailure("document_missing", "The document was deleted.");
  const annotations = (doc.annotations ?? {}) as { ruby?: []; blocks?: [] };
  return {
    kind: "reextract",
    cleaned: { text: doc.text, ruby: annotations.ruby ?? [], blocks: annotations.blocks ?? [] },
    publishedAt: doc.publishedAt,
    title: doc.title,
  };
}

export async function processJob(db: Db, job: IngestJob, { owner, analyse, leaseMs = DEFAULT_LEASE_MS }: ProcessOptions): Promise<ProcessOutcome> {
  const holder = { owner, leaseMs };
  // Renewals run on a timer (the analysis runs off this thread); a lost lease is noticed by the
  // storing transaction, which re-checks it.
  const renewal = setInterval(() => void renewLease(db, job.id, owner, { leaseMs }).catch(() => {}), Math.max(leaseMs / 3, 50));
  let stageWrite: Promise<unknown> = Promise.resolve();
  try {
    const request = await requestFor(db, job);
    const result = await analyse(request, (status) => {
      stageWrite = stageWrite.then(() => renewLease(db, job.id, owner, { leaseMs, status })).catch(() => {});
    });
    await stageWrite;
    if (job.kind === "import") {
      if (!result.ingested) throw new Error("The analysis returned no document for an import.");
      await storeImport(db, job, result.ingested, result.facts, holder);
    } else {
      await storeReextract(db, { id: job.id, documentId: job.documentId! }, result.facts, holder);
    }
    return "done";
  } catch (error) {
    if (error instanceof LeaseLost) return "lost";
    if (error instanceof JobFailure) return (await failJob(db, job.id, owner, error)) ? "failed" : "lost";
    // Two uploads of the same document can race to the unique content hash: the second is a duplicate.
    if (isUniqueViolation(error) && job.kind === "import") {
      return (await failJob(db, job.id, owner, { code: "duplicate", message: "This document is already in the library." })) ? "failed" : "lost";
    }
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`ingest job ${job.id} (attempt ${job.attempts}) failed: ${reason.slice(0, 300)}`);
    return releaseJob(db, job, owner, error);
  } finally {
    clearInterval(renewal);
    await stageWrite;
  }
}
