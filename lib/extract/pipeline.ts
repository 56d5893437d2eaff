// Extraction as a line of passes, data flowing one way:
//   1 analyse   (analyse.ts)   text → tokens with part of speech, proper-noun class and lemma
//   2 segment   (segment.ts)   blocks → sentences → clauses
//   3 mentions  (actors.ts, dates.ts, agreements in extract.ts)   actors, dates, named agreements
//   4 predicates (cues.ts, predicates.ts)   the main predicate's class: statement, event, agreement
//   5 facts     (extract.ts, headline.ts)   one fact per predicate, with date, sides, headline, place, content
// Each pass is its own module with its own tests; this file only runs them in order.
import type { CleanedDocument, ExtractedFact } from "@/lib/facts/types";
import { buildLexicon } from "./actors";
import type { Analyser } from "./analyse";
import { extractFacts, type ExtractContext } from "./extract";
import { describeFact } from "./headline";

export function extractWith(analyser: Analyser, doc: CleanedDocument, ctx: ExtractContext = {}): ExtractedFact[] {
  const tokens = analyser(doc.text);
  const lex = buildLexicon({ text: doc.text, tokens, aliases: ctx.actorAliases });
  return extractFacts(doc, lex, ctx).map((fact) => describeFact(fact, tokens, lex));
}
