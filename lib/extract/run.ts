// The one entry point of extraction for callers outside lib/extract: loads the language analyser once per
// process (the ingestion worker, a CLI, a test), then runs the passes. The web server never calls it.
import type { CleanedDocument, ExtractedFact } from "@/lib/facts/types";
import { extractFacts, type ExtractContext } from "./extract";

export async function runExtraction(doc: CleanedDocument, ctx: ExtractContext = {}): Promise<ExtractedFact[]> {
  return extractFacts(doc, ctx);
}
