// Tests run the real analyser: loaded once per test file (top-level await), then every pass is synchronous.
import type { CleanedDocument } from "@/lib/facts/types";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildLexicon } from "../actors";
import { loadAnalyser } from "../analyse";
import type { ExtractContext } from "../extract";
import { extractWith } from "../pipeline";

export const analyser = await loadAnalyser();

/** The lexicon of a short text, as the actor pass builds it for a document. */
export function lexiconOf(text: string, aliases?: Record<string, string[]>) {
  return buildLexicon({ text, tokens: analyser(text), aliases });
}

export function extract(doc: CleanedDocument, ctx: ExtractContext = {}) {
  return extractWith(analyser, doc, ctx);
}

/** The sample corpus's own people roster, as the built-in seeding passes it. */
export const SAMPLE_ALIASES = (
  JSON.parse(
    fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../content/corpus/actors.json"), "utf8"),
  ) as { aliases: Record<string, string[]> }
).aliases;
