// POST /api/documents/:id/extract's work: a re-extraction job for the document, or the one
// already waiting or running for it (a second click does not run extraction twice).
import type { Db } from "@/lib/db/client";
import { FINAL_STATUSES } from "./status";

export async function enqueueReextract(db: Db, documentId: string, userId: string) {
  const running = await db.ingestJob.findFirst({
    where: { documentId, kind: "reextract", status: { notIn: [...FINAL_STATUSES] } },
    select: { id: true, status: true },
  });
  return running ?? db.ingestJob.create({ data: { kind: "reextract", documentId, createdById: userId }, select: { id: true, status: true } });
}
