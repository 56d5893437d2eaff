// Raw document text → the stored cleaned text and its annotations (lib/ingest).
import type { CleanedDocument } from "@/lib/facts/types";
import { cleanText } from "@/lib/ingest/clean";

export function prepareText(raw: string): CleanedDocument {
  return cleanText(raw);
}
