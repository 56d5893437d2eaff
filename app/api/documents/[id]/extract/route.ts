// POST /api/documents/:id/extract — run extraction again; reviewed facts are kept.
import { after, NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { extractDocument } from "@/lib/documents/extract-document";
import { requireDocumentReviewer } from "@/lib/facts/review-guard";
import { pathParams, route } from "@/lib/http/handler";
import { syncDocumentCards } from "@/lib/sets/sync-document-cards";

export const POST = route({ auth: "fact:review", params: pathParams("id") }, async ({ viewer, params }) => {
  const doc = await requireDocumentReviewer(db, viewer, params.id);
  const result = await extractDocument(db, doc.id, { autoApprove: doc.origin === "builtin" });
  // Cards follow the review; regenerating them can take a moment, so after the response.
  after(() => syncDocumentCards(db, doc.id));
  return NextResponse.json({ result });
});
