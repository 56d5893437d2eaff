// Stores a fresh extraction of a document without losing review work: facts an instructor
// reviewed, edited or added stay as they are; unreviewed extracted facts are replaced by
// the new extraction, matched by fingerprint so unchanged facts keep their ids (and cards).
import type { Db, DbTx } from "@/lib/db/client";
import { factFingerprint } from "./fingerprint";
import { factRowData } from "./fact-row";
import type { ExtractedFact } from "./types";

export interface SyncResult {
  created: number;
  removed: number;
  kept: number;
}

export async function syncExtractedFacts(
  db: Db,
  documentId: string,
  extracted: ExtractedFact[],
  opts: { autoApprove?: boolean } = {},
): Promise<SyncResult> {
  // An interactive transaction: allow a large document's facts more than Prisma's default 5 s.
  return db.$transaction((tx) => applyExtractedFacts(tx, documentId, extracted, opts), { timeout: 120_000, maxWait: 20_000 });
}

/** The same inside a caller's transaction (the ingestion worker stores a job's results in one). */
export async function applyExtractedFacts(
  tx: DbTx,
  documentId: string,
  extracted: ExtractedFact[],
  { autoApprove = false }: { autoApprove?: boolean } = {},
): Promise<SyncResult> {
  const existing = await tx.fact.findMany({
    where: { documentId },
    select: { id: true, fingerprint: true, origin: true, edited: true, reviewedById: true },
  });
  const reviewed = (f: (typeof existing)[number]) => f.origin === "manual" || f.edited || f.reviewedById !== null;
  const known = new Set(existing.map((f) => f.fingerprint));
  const fresh = new Map(extracted.map((f) => [factFingerprint(f), f]));
  const stale = existing.filter((f) => !reviewed(f) && !fresh.has(f.fingerprint)).map((f) => f.id);
  const toCreate = [...fresh.entries()].filter(([fp]) => !known.has(fp));

  await tx.fact.deleteMany({ where: { id: { in: stale } } });
  await tx.fact.createMany({
    data: toCreate.map(([fingerprint, f]) => factRowData(documentId, f, { fingerprint, status: autoApprove ? "approved" : "pending" })),
  });
  await tx.document.update({ where: { id: documentId }, data: { extractedAt: new Date() } });
  return { created: toCreate.length, removed: stale.length, kept: existing.length - stale.length };
}
