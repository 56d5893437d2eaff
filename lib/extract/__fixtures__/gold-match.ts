// Scoring extracted facts against hand-made gold facts. A gold fact is matched by an extracted fact of the
// same kind whose span overlaps the gold quote and, when the gold gives a date, has that date value.
// Matching is one-to-one (maximum bipartite matching, Kuhn's augmenting paths).
import type { CleanedDocument, ExtractedFact } from "@/lib/facts/types";

export interface GoldFact {
  kind: string;
  quote: string;
  date: string | null;
  actors: string[];
  name?: string;
  items?: number;
  speaker?: string;
  headline?: string;
}

export interface Score {
  recall: number;
  precision: number;
  matched: number;
  gold: number;
  extracted: number;
  actorAgreement: number;
  missed: GoldFact[];
  spurious: ExtractedFact[];
}

/** The gold quote's first occurrence in a body or table block (a caption may repeat a sentence), else anywhere. */
export function goldSpan(doc: CleanedDocument, g: GoldFact): { start: number; end: number } {
  for (let at = doc.text.indexOf(g.quote); at >= 0; at = doc.text.indexOf(g.quote, at + 1)) {
    const block = doc.blocks.find((b) => at >= b.start && at < b.end);
    if (block && (block.kind === "body" || block.kind === "table")) return { start: at, end: at + g.quote.length };
  }
  // Cleaning put it outside the body (a misread heading or caption): it still counts, as a fact missed.
  const at = doc.text.indexOf(g.quote);
  if (at < 0) throw new Error(`gold quote not in the cleaned text: ${g.quote}`);
  return { start: at, end: at + g.quote.length };
}

function compatible(span: { start: number; end: number }, g: GoldFact, f: ExtractedFact): boolean {
  if (f.kind !== g.kind) return false;
  if (f.start >= span.end || span.start >= f.end) return false;
  return g.date === null || f.date?.value === g.date;
}

export function scoreFacts(doc: CleanedDocument, gold: GoldFact[], facts: ExtractedFact[]): Score {
  const spans = gold.map((g) => goldSpan(doc, g));
  const factOf = new Map<number, number>();
  const goldOf = new Map<number, number>();
  const edges = gold.map((g, i) => facts.flatMap((f, j) => (compatible(spans[i]!, g, f) ? [j] : [])));
  const tryGold = (i: number, seen: Set<number>): boolean => {
    for (const j of edges[i]!) {
      if (seen.has(j)) continue;
      seen.add(j);
      const owner = goldOf.get(j);
      if (owner === undefined || tryGold(owner, seen)) {
        factOf.set(i, j);
        goldOf.set(j, i);
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, i) => tryGold(i, new Set()));
  const matchedFacts = new Set(factOf.values());
  let actorsOk = 0;
  for (const [i, j] of factOf) if (gold[i]!.actors.every((a) => facts[j]!.actors.includes(a))) actorsOk += 1;
  return {
    recall: gold.length ? factOf.size / gold.length : 1,
    precision: facts.length ? matchedFacts.size / facts.length : 1,
    matched: factOf.size,
    gold: gold.length,
    extracted: facts.length,
    actorAgreement: factOf.size ? actorsOk / factOf.size : 1,
    missed: gold.filter((_, i) => !factOf.has(i)),
    spurious: facts.filter((_, j) => !matchedFacts.has(j)),
  };
}
