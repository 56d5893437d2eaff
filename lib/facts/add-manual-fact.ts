// A fact the extractor missed, added by selecting its text in the reader.
import crypto from "node:crypto";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import { requireDocumentReviewer } from "./review-guard";
import { HttpError } from "@/lib/http/errors";
import { factFieldsSchema } from "./fact-fields";

export const MAX_FACT_SPAN = 2000;

export const manualFactSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  fields: factFieldsSchema,
});

export async function addManualFact(
  db: Db,
  user: Viewer,
  documentId: string,
  input: z.infer<typeof manualFactSchema>,
  now = new Date(),
) {
  const doc = await requireDocumentReviewer(db, user, documentId);
  const { start, end, fields } = input;
  if (end <= start || end > doc.text.length || end - start > MAX_FACT_SPAN) {
    throw new HttpError(400, "invalid_span", `The selection must lie within the text and be at most ${MAX_FACT_SPAN} characters.`);
  }
  const quote = doc.text.slice(start, end);
  if (!quote.trim()) throw new HttpError(400, "invalid_span", "The selection is empty.");
  return db.fact.create({
    data: {
      documentId,
      ...fields,
      start,
      end,
      quote,
      status: "approved",
      origin: "manual",
      fingerprint: `manual:${crypto.randomUUID()}`,
      reviewedById: user.id,
      reviewedAt: now,
    },
  });
}
