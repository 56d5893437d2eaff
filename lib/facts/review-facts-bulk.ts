// Approving or rejecting several of a document's facts in one action (the reader's bulk review).
// One transaction: every id must be a fact of this document, or nothing changes. The caller
// regenerates the document's cards once afterwards (lib/sets/sync-document-cards.ts).
import { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { requireDocumentReviewer } from "./review-guard";

/** A document's facts number in the hundreds at most; the cap keeps one statement reasonable. */
export const MAX_BULK_FACTS = 2000;

export const bulkReviewSchema = z
  .object({
    action: z.enum(["approve", "reject"]),
    factIds: z.array(z.string().min(1).max(64)).min(1).max(MAX_BULK_FACTS),
  })
  .strict();
export type BulkReviewInput = z.infer<typeof bulkReviewSchema>;

export async function reviewFactsInBulk(db: Db, user: Viewer, documentId: string, input: BulkReviewInput, now = new Date()) {
  await requireDocumentReviewer(db, user, documentId);
  const ids = [...new Set(input.factIds)];
  const status = input.action === "approve" ? "approved" : "rejected";
  return db.$transaction(async (tx) => {
    const found = await tx.fact.count({ where: { id: { in: ids }, documentId } });
    if (found !== ids.length) throw new HttpError(404, "fact_not_found", "Some of these facts are not in this document.");
    const changed = await tx.fact.updateMany({
      where: { id: { in: ids }, documentId, status: { not: status } },
      data: { status, reviewedById: user.id, reviewedAt: now },
    });
    return { action: input.action, selected: ids.length, changed: changed.count };
  });
}
