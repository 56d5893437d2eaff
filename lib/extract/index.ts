// Public surface of extraction.

export { extractFacts, type ExtractContext } from "./extract";
export { runExtraction } from "./run";
export { factFingerprint, normalizeStatement } from "@/lib/facts/fingerprint";
export { scanDates, parseDate, publishedContext, formatFactDate, type DateContext, type DateMention } from "./dates";
export { buildLexicon, type ActorAliases, type ActorLexicon, type ActorMention } from "./actors";
export { loadAnalyser, type Analyser, type Token } from "./analyse";
export { extractWith } from "./pipeline";
export { findTopics } from "./topics";
