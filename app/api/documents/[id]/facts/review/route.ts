// POST /api/documents/:id/facts/review — approve or reject several facts at once (one transaction).
import { after, NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { bulkReviewSchema, reviewFactsInBulk } from "@/lib/facts/review-facts-bulk";
import { pathParams, route } from "@/lib/http/handler";
import { syncDocumentCards } from "@/lib/sets/sync-document-cards";

export const POST = route({ auth: "fact:review", params: pathParams("id"), body: bulkReviewSchema, bodyLimit: 160 * 1024 }, async ({ viewer, params, body }) => {
  const result = await reviewFactsInBulk(db, viewer, params.id, body);
  // The cards follow once for the whole batch, serialised with other syncs of the document.
  if (result.changed > 0) after(() => syncDocumentCards(db, params.id));
  return NextResponse.json(result);
});
