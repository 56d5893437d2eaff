// Turns raw document text into the stored cleaned text and annotations.
// (Replaced by the full cleaner of lib/ingest once it lands.)
import type { CleanedDocument } from "@/lib/facts/types";

export function prepareText(raw: string): CleanedDocument {
  const text = raw.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
  return { text, ruby: [], blocks: [{ start: 0, end: text.length, kind: "body" }] };
}
