// POST /api/documents/:id/facts — add a fact the extractor missed, from a text selection.
import { after, NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { addManualFact, manualFactSchema } from "@/lib/facts/add-manual-fact";
import { pathParams, route } from "@/lib/http/handler";
import { syncDocumentCards } from "@/lib/sets/sync-document-cards";

export const POST = route({ auth: "fact:review", params: pathParams("id"), body: manualFactSchema, bodyLimit: 32 * 1024 }, async ({ viewer, params, body }) => {
  const fact = await addManualFact(db, viewer, params.id, body);
  // Cards follow the review; regenerating them can take a moment, so after the response.
  after(() => syncDocumentCards(db, fact.documentId));
  return NextResponse.json({ fact }, { status: 201 });
});
