// The upload form's fields (multipart/form-data), validated at the boundary.
import { z } from "zod";
import { calendarDate, singleLine } from "@/lib/validation/fields";
import { MAX_INGEST_BYTES } from "@/lib/ingest/ingest";

const optionalText = (max: number) =>
  singleLine(max, { min: 0 }).optional().transform((v) => (v ? v : null));

export const uploadFieldsSchema = z.object({
  title: optionalText(200),
  publisher: optionalText(200),
  publishedAt: z
    .union([z.literal(""), calendarDate()])
    .optional()
    .transform((v) => (v ? v : null)),
  text: z.string().max(MAX_INGEST_BYTES).optional(),
});

/** multipart overhead allowed on top of the document itself */
export const UPLOAD_BODY_LIMIT = MAX_INGEST_BYTES + 64 * 1024;
