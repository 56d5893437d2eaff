// Extraction as a line of passes, data flowing one way:
//   1 analyse    (analyse.ts)    text → tokens with part of speech, proper-noun class and lemma
//   2 segment    (segment.ts, tables.ts)   blocks → sentences (a table's rows) → clauses
//   3 mentions   (actors.ts, dates.ts, agreements.ts)   actors and co-reference, dates, named agreements
//   4 predicates (cues.ts, clauses.ts, speaker.ts, holder.ts, voice.ts)   each clause's statement cue, its dates' roles, who speaks;
//                clauses with none of these join their neighbours into segments
//   5 facts      (extract.ts; agreement-facts.ts; narration.ts for the time the narration stands on; ruling.ts for a judgment's
//                主文 and 理由; build-fact.ts)   one fact per segment
//   6 describe   (headline.ts, places.ts)   headline, place and position content from the tokens;
//                (restatements.ts) a happening told again (…に続き、2つ目の…; …している) is no second fact;
//                (date-clones.ts) a clause given once per date it names keeps one headline per date
// Each pass is its own module with its own tests; this file only runs them in order.
import type { CleanedDocument, ExtractedFact } from "@/lib/facts/types";
import { buildLexicon } from "./actors";
import type { Analyser } from "./analyse";
import { separateDateClones } from "./date-clones";
import { extractFacts, type ExtractContext } from "./extract";
import { describeFact } from "./headline";
import { withoutRestatements } from "./restatements";

export function extractWith(analyser: Analyser, doc: CleanedDocument, ctx: ExtractContext = {}): ExtractedFact[] {
  const tokens = analyser(doc.text);
  const lex = buildLexicon({ text: doc.text, tokens, aliases: ctx.actorAliases });
  const described = extractFacts(doc, lex, tokens, ctx).map((fact) => describeFact(fact, tokens, lex));
  return withoutRestatements(separateDateClones(described));
}
