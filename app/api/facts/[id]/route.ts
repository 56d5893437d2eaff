// PATCH /api/facts/:id — approve, reject, reset or edit a fact (instructors).
import { after, NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { reviewActionSchema, reviewFact } from "@/lib/facts/review-fact";
import { pathParams, route } from "@/lib/http/handler";
import { syncDocumentCards } from "@/lib/sets/sync-document-cards";

export const PATCH = route({ auth: "fact:review", params: pathParams("id"), body: reviewActionSchema, bodyLimit: 32 * 1024 }, async ({ viewer, params, body }) => {
  const fact = await reviewFact(db, viewer, params.id, body);
  // Cards follow the review; regenerating them can take a moment, so after the response.
  after(() => syncDocumentCards(db, fact.documentId));
  return NextResponse.json({ fact });
});
