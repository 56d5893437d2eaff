// Stores a fresh extraction of a document without losing review work: facts an instructor
// reviewed, edited or added stay as they are; unreviewed extracted facts are replaced by
// the new extraction, matched by fingerprint so unchanged facts keep their ids (and cards).
import type { Db } from "@/lib/db/client";
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
  { autoApprove = false }: { autoApprove?: boolean } = {},
): Promise<SyncResult> {
  const existing = await db.fact.findMany({
    where: { documentId },
    select: { id: true, fingerprint: true, origin: true, edited: true, reviewedById: true },
  });
  const reviewed = (f: (typeof existing)[number]) => f.origin === "manual" || f.edited || f.reviewedById !== null;
  const known = new Set(existing.map((f) => f.fingerprint));
  const fresh = new Map(extracted.map((f) => [factFingerprint(f), f]));
  const stale = existing.filter((f) => !reviewed(f) && !fresh.has(f.fingerprint)).map((f) => f.id);
  const toCreate = [...fresh.entries()].filter(([fp]) => !known.has(fp));

  await db.$transaction([
    db.fact.deleteMany({ where: { id: { in: stale } } }),
    db.fact.createMany({
      data: toCreate.map(([fingerprint, f]) => factRowData(documentId, f, { fingerprint, status: autoApprove ? "approved" : "pending" })),
    }),
    db.document.update({ where: { id: documentId }, data: { extractedAt: new Date() } }),
  ]);
  return { created: toCreate.length, removed: stale.length, kept: existing.length - stale.length };
}
