// Sentences and clauses of Japanese prose, as spans of the text. Quoted speech (「…」) and
// parentheses are never split: their commas and full stops belong to the quote.

export interface Span {
  start: number;
  end: number;
}

const OPENERS = "「『（(【〔［";
const CLOSERS = "」』）)】〕］";

/**
 * Nesting depth of brackets before each offset of `text` (depth[i] applies to text[i]).
 * Unbalanced closers are ignored so one stray bracket cannot swallow the rest of a paragraph.
 */
export function bracketDepths(text: string): Uint8Array {
  const depths = new Uint8Array(text.length);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (CLOSERS.includes(ch) && depth > 0) depth -= 1;
    depths[i] = depth;
    if (OPENERS.includes(ch)) depth = Math.min(depth + 1, 255);
    if (ch === "\n" && depth > 0 && text[i + 1] === "\n") depth = 0;
  }
  return depths;
}

/**
 * Sentences of `text` between `from` and `to`: split after 。！？ outside brackets and at line breaks
 * (unless `keepLines`, for table rows whose source line belongs to the row).
 */
export function splitSentences(
  text: string,
  from = 0,
  to = text.length,
  opts: { keepLines?: boolean; depths?: Uint8Array } = {},
): Span[] {
  const depths = opts.depths ?? bracketDepths(text);
  const spans: Span[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    const atEnd = "。！？!?".includes(ch) && depths[i] === 0;
    const atBreak = ch === "\n" && !opts.keepLines;
    if (atEnd || atBreak) {
      const end = atEnd ? i + 1 : i;
      pushTrimmed(text, start, end, spans);
      start = i + 1;
    }
  }
  pushTrimmed(text, start, to, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, into: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) into.push({ start: s, end: e });
}

// A comma closes a clause when what precedes it is a conjunctive form (連用形 し/り/て…, ものの, ほか …).
// (A speaker's 「…合意をいたしました、…が開催をされます」 runs two sentences together at ました、.)
const CLAUSE_FINAL =
  /(?:[いきぎしじちひびみりえけげせぜてでべめれずっ]|ものの|つつ|のに対し|に対し|とともに|ほか|一方|半面|反面|中|ところ|ると|[たるいだ]が|ており|であり|おり|など|[たるい]こと(?:や|など|も)?|ました|でした|[）)])$/;
// Compound particles end like verbs but only introduce a phrase (において, として …).
const NOT_CLAUSE_FINAL =
  /(?:(?<!の)に対し|において|に対して|について|に関して|を通じて|を通して|として|によって|にとって|をめぐって|に際して|に向けて|を受けて|に応じて|に伴って|に当たって|にあたって|にかけて|に基づいて|に続いて|を含めて|を除いて|に加えて|にわたって|[（(][^（）()]*[）)]で)$/;
const MIN_CLAUSE = 6;

/** Clauses of one sentence span, split at commas that close a conjunctive clause. */
export function splitClauses(text: string, sentence: Span, depths: Uint8Array = bracketDepths(text)): Span[] {
  const clauses: Span[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    const ch = text[i]!;
    if (!"，、,".includes(ch) || depths[i] !== 0) continue;
    const before = text.slice(start, i);
    if (before.trim().length < MIN_CLAUSE) continue;
    if (!CLAUSE_FINAL.test(before) || NOT_CLAUSE_FINAL.test(before)) continue;
    clauses.push({ start, end: i + 1 });
    start = i + 1;
  }
  if (start < sentence.end) clauses.push({ start, end: sentence.end });
  return clauses;
}
