// The one entry point of extraction for callers outside lib/extract: loads the language analyser once per
// process (the ingestion worker, a CLI, a test), then runs the passes. The web server never calls it.
import type { CleanedDocument, ExtractedFact } from "@/lib/facts/types";
import { loadAnalyser } from "./analyse";
import type { ExtractContext } from "./extract";
import { extractWith } from "./pipeline";

export async function runExtraction(doc: CleanedDocument, ctx: ExtractContext = {}): Promise<ExtractedFact[]> {
  return extractWith(await loadAnalyser(), doc, ctx);
}
