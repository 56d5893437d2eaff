// The end of a job: its results go to the database in one transaction that first re-checks
// the worker's lease (the row lock it takes also holds off a worker trying to take the job
// over), so a crash or a lost lease never leaves half a document behind.
import type { Db, DbTx } from "@/lib/db/client";
import { toJson } from "@/lib/db/json";
import { contentHash } from "@/lib/documents/content-hash";
import { createImportedDocument } from "@/lib/documents/create-imported-document";
import { applyExtractedFacts, type SyncResult } from "@/lib/facts/sync-extracted";
import type { ExtractedFact } from "@/lib/facts/types";
import type { IngestedDocument } from "@/lib/ingest/ingest";
import { syncDocumentCards } from "@/lib/sets/sync-document-cards";
import { DEFAULT_LEASE_MS } from "./lease";
import { ACTIVE_STATUSES, JobFailure, LeaseLost } from "./status";

export interface Holder {
  owner: string;
  leaseMs?: number;
}

/** Inside a transaction: the job is still this worker's (and now storing), or LeaseLost. */
async function holdLease(tx: DbTx, jobId: string, { owner, leaseMs = DEFAULT_LEASE_MS }: Holder): Promise<void> {
  const { count } = await tx.ingestJob.updateMany({
    where: { id: jobId, leaseOwner: owner, status: { in: [...ACTIVE_STATUSES] } },
    data: { status: "storing", leaseUntil: new Date(Date.now() + leaseMs) },
  });
  if (count !== 1) throw new LeaseLost(jobId);
}

/** A large document's facts take a while to write (5 s, Prisma's default, is not enough under load). */
export const STORE_TRANSACTION = { timeout: 120_000, maxWait: 20_000 };

const CLEARED = { leaseOwner: null, leaseUntil: null, inputBytes: null, inputText: null, errorCode: null, errorMessage: null };

/** An import: the document, its pending facts and the finished job, all or nothing. */
export async function storeImport(
  db: Db,
  job: { id: string; origin: string | null; createdById: string },
  ingested: IngestedDocument,
  facts: ExtractedFact[],
  holder: Holder,
) {
  return db.$transaction(async (tx) => {
    await holdLease(tx, job.id, holder);
    const duplicate = await tx.document.findUnique({ where: { contentHash: contentHash(ingested.rawText) }, select: { slug: true } });
    if (duplicate) throw new JobFailure("duplicate", "This document is already in the library.", { slug: duplicate.slug });
    const doc = await createImportedDocument(tx, ingested, facts, {
      origin: job.origin === "upload" ? "upload" : "paste",
      userId: job.createdById,
    });
    await tx.ingestJob.update({
      where: { id: job.id },
      data: { ...CLEARED, status: "done", documentId: doc.id, result: toJson({ facts: facts.length }), finishedAt: new Date() },
    });
    return doc;
  }, STORE_TRANSACTION);
}

/**
 * A re-extraction: the fresh facts (review work kept) in one transaction, then the document's
 * cards, then the job is done. Both steps are idempotent (facts are matched by fingerprint,
 * cards by id), so a worker that dies between them leaves a job that a retry completes.
 */
export async function storeReextract(db: Db, job: { id: string; documentId: string }, facts: ExtractedFact[], holder: Holder): Promise<SyncResult> {
  const summary = await db.$transaction(async (tx) => {
    await holdLease(tx, job.id, holder);
    const doc = await tx.document.findUnique({ where: { id: job.documentId }, select: { origin: true } });
    if (!doc) throw new JobFailure("document_missing", "The document was deleted.");
    return applyExtractedFacts(tx, job.documentId, facts, { autoApprove: doc.origin === "builtin" });
  }, STORE_TRANSACTION);
  await syncDocumentCards(db, job.documentId);
  const { count } = await db.ingestJob.updateMany({
    where: { id: job.id, leaseOwner: holder.owner, status: "storing" },
    data: { ...CLEARED, status: "done", result: toJson(summary), finishedAt: new Date() },
  });
  if (count !== 1) throw new LeaseLost(job.id);
  return summary;
}
