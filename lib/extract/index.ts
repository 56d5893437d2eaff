// Public surface of extraction.

export { extractFacts, type ExtractContext } from "./extract";
export { runExtraction } from "./run";
export { factFingerprint, normalizeStatement } from "@/lib/facts/fingerprint";
export { scanDates, parseDate, publishedContext, formatFactDate, type DateContext, type DateMention } from "./dates";
export { findActors, findActorMentions, sideOf, CANONICAL_ACTORS, type CanonicalActor } from "./actors";
export { findTopics } from "./topics";
