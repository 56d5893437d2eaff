// POST /api/documents/:id/facts — add a fact the extractor missed, from a text selection.
import { after, NextResponse } from "next/server";
import { apiRequirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { addManualFact, manualFactSchema } from "@/lib/facts/add-manual-fact";
import { readJson, route } from "@/lib/http/handler";
import { syncDocumentCards } from "@/lib/sets/sync-document-cards";

export const POST = route(async (req, { params }: { params: Promise<{ id: string }> }) => {
  const user = await apiRequirePermission("fact:review");
  const input = await readJson(req, manualFactSchema, 32 * 1024);
  const fact = await addManualFact(db, user, (await params).id, input);
  // Cards follow the review; regenerating them can take a moment, so after the response.
  after(() => syncDocumentCards(db, fact.documentId));
  return NextResponse.json({ fact }, { status: 201 });
});
