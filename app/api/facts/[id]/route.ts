// PATCH /api/facts/:id — approve, reject, reset or edit a fact (instructors).
import { after, NextResponse } from "next/server";
import { apiRequirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { reviewActionSchema, reviewFact } from "@/lib/facts/review-fact";
import { readJson, route } from "@/lib/http/handler";
import { syncDocumentCards } from "@/lib/sets/sync-document-cards";

export const PATCH = route(async (req, { params }: { params: Promise<{ id: string }> }) => {
  const user = await apiRequirePermission("fact:review");
  const action = await readJson(req, reviewActionSchema, 32 * 1024);
  const fact = await reviewFact(db, user, (await params).id, action);
  // Cards follow the review; regenerating them can take a moment, so after the response.
  after(() => syncDocumentCards(db, fact.documentId));
  return NextResponse.json({ fact });
});
