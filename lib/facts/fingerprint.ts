// A stable identity for an extracted fact, so re-extraction can recognise facts already reviewed.
// Pure JS (no node:crypto) so it runs in the browser as well as on the server.

import type { ExtractedFact } from "./types";

/** Whitespace and width differences do not change a statement. */
export function normalizeStatement(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

/** 53-bit string hash (cyrb53), as 14 hex digits. */
export function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

/** kind:start-end:hash(statement) — the same clause read the same way gets the same fingerprint. */
export function factFingerprint(fact: Pick<ExtractedFact, "kind" | "start" | "end" | "text" | "date">): string {
  const statement = `${normalizeStatement(fact.text)}|${fact.date?.value ?? ""}`;
  return `${fact.kind}:${fact.start}-${fact.end}:${hash53(statement)}`;
}
