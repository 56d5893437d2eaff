// Rules about a single piece of visible card text (a question line, an option, a back line):
// what a teacher would never hand out. The card checks apply them to every visible text; the
// templates apply them to headlines, places and statements before using them as options.
import { ISO_DATE, findDateMentions } from "./date-mentions";

/** Blanks and masks of the old cloze cards (〇〇, ［　］, ＿＿). A single 〇 may be a kanji zero. */
const MASK = /〇〇|[［］]|＿{2,}|_{2,}|□/;

/** Remnants of markup and page furniture (wiki links, categories, Markdown links, templates, URLs). */
const MARKUP = /wikilink|Category:|[[\]{}|]|\.md\b|https?:\/\/|&[a-z]+;|\*\*|^#/;

/**
 * Endings that leave a clause open: て-form, continuative し, ほか, とともに, ものの, など, つつ,
 * a comma, a dangling particle, a conditional … (checked after closing punctuation is removed).
 */
const OPEN_ENDING =
  /(?:て|で|し|ほか|とともに|ものの|など|つつ|ながら|たり|おり|ため|ので|から|ところ|れば|なら|および|及び|並びに|または|けど|けれど|一方|[するいなれ]る中|っ|[、，,・：:（(「『]|[がやとのをにはへも])$/;

const TRAILING_CLOSERS = /[。．.！？!?」』）)\s]+$/u;

export function hasMask(text: string): boolean {
  return MASK.test(text);
}

export function hasIsoDate(text: string): boolean {
  return ISO_DATE.test(text.normalize("NFKC"));
}

export function hasMarkup(text: string): boolean {
  return MARKUP.test(text);
}

/** True when the text (or a part of it in 「」) ends in a form that leaves the clause open. */
export function endsOpen(text: string): boolean {
  const parts = [text, ...[...text.matchAll(/「([^「」]+)」/g)].map((m) => m[1] ?? "")];
  return parts.some((part) => {
    const body = part.trim().replace(TRAILING_CLOSERS, "");
    if (body.length === 0) return false;
    return OPEN_ENDING.test(body);
  });
}

const PAIRS: Array<[string, string]> = [
  ["「", "」"],
  ["『", "』"],
  ["（", "）"],
  ["(", ")"],
  ["【", "】"],
];

/** Every bracket closed, in order: a cut-off quote (「…を受けて) is a fragment. */
export function bracketsBalanced(text: string): boolean {
  const stack: string[] = [];
  for (const ch of text) {
    const open = PAIRS.find(([o]) => o === ch);
    if (open) {
      stack.push(open[1]);
      continue;
    }
    if (PAIRS.some(([, c]) => c === ch) && stack.pop() !== ch) return false;
  }
  return stack.length === 0;
}

/** Dates told relative to the document (今月1日, 同年, 昨年3月): meaningless on a card. */
const RELATIVE_DATE = /(?:今|本|先|昨|来|翌|同|前|当)(?:月|年|日|週)|本日|今日|昨日|明日|[0-9０-９]{1,2}日/;

export function hasDateOutsideQuotes(text: string): boolean {
  const outside = text.replace(/「[^「」]*」/g, "");
  return findDateMentions(outside).length > 0 || RELATIVE_DATE.test(outside);
}

/** Starts like the continuation of a previous sentence (ところが, しかし, また, 一方, これに対し …). */
const OPEN_START =
  /^(?:ところが|しかし|だが|また|さらに|一方|そして|その後|その際|これ|それ|この|その|こうした|そうした|いずれも|それぞれ|同[筋氏国年月日]|なお|ただし|[、，,）)」』]|[\p{sc=Han}]{1,4}し[、，]|(?:から|を|に|は|が|で|と|の|へ|も|や|より|まで)(?![\p{sc=Hiragana}])|[0-9０-９]+[\s.．)）])/u;

/** Two particles where one word was cut out between them (制度をから導入, 旧領土をに). */
const BROKEN_PARTICLES = /を(?:から|まで|に|で|へ|が|は|を)|が(?:から|を|が)/;

export function startsOpen(text: string): boolean {
  return OPEN_START.test(text.trim()) || BROKEN_PARTICLES.test(text);
}

/**
 * A phrase fit to stand alone as an option or inside a question: a headline, a place, a
 * statement. `dateless` also refuses date mentions (a headline must not carry its date).
 */
export function isCleanPhrase(text: string | null | undefined, opts: { maxLength: number; dateless?: boolean }): text is string {
  if (!text) return false;
  const t = text.trim();
  return (
    t.length >= 2 &&
    t.length <= opts.maxLength &&
    !/\n/.test(t) &&
    !hasMask(t) &&
    !hasIsoDate(t) &&
    !hasMarkup(t) &&
    !endsOpen(t) &&
    !startsOpen(t) &&
    bracketsBalanced(t) &&
    !(opts.dateless && hasDateOutsideQuotes(t))
  );
}

/**
 * Words that point back into the source (これを, その, 前記の, 同氏): a headline holding one means
 * nothing without the sentences before it. (A statement may refer inside itself: …とそれにより….)
 */
const ANAPHORA = /これ|それ|あれ|この|その|こうした|そうした|前記|上記|同氏|同国|同協定|同条約|当該/;

export function pointsBack(text: string): boolean {
  return ANAPHORA.test(text.replace(/「[^「」]*」/g, ""));
}

/** Nouns a stated position may end in (…に取り組む意向, …の「保証」): what is held, intended or demanded. */
const STATEMENT_NOUNS = /(?:意向|意思|意志|方針|考え|姿勢|立場|必要|必要性|保証|要求|懸念|期待|見返り|用意|決意|反対|支持|容認|拒否|べき)$/;

/**
 * A position's content reads as a statement: a predicate ending (…を求めた, …すべきだ, …しない)
 * or a noun of intent or demand; a bare noun phrase (共同歩調, 3者の連携) says too little.
 */
export function readsAsStatement(text: string): boolean {
  const body = text.trim().replace(TRAILING_CLOSERS, "");
  return !endsOpen(body) && (/[るただいうすくぐむぶつぬずん]$/.test(body) || STATEMENT_NOUNS.test(body));
}

/** Trailing 。 removed: a headline used as an option or inside a question. */
export function asPhrase(text: string): string {
  return text.trim().replace(/[。．]+$/u, "");
}

/**
 * True when every occurrence of `term` in `text` is a whole word: not glued to kanji, katakana
 * or Latin letters on either side (北朝鮮は stays; 金正 in 金正恩, 韓国 in 韓国大統領特使団 do not).
 */
export function standsAlone(text: string, term: string): boolean {
  const at = occurrences(text, term);
  return at.length > 0 && at.every((i) => isWordAt(text, term, i));
}

/** True when `term` occurs in `text` at least once as a whole word (平壌で, even beside 「9月平壌共同宣言」). */
export function appearsAsWord(text: string, term: string): boolean {
  return occurrences(text, term).some((i) => isWordAt(text, term, i));
}

const WORD_CHAR = /[\p{sc=Han}\p{sc=Katakana}ーA-Za-z0-9]/u;
const isWordAt = (text: string, term: string, i: number) =>
  !WORD_CHAR.test(text[i - 1] ?? "") && !WORD_CHAR.test(text[i + term.length] ?? "");

function occurrences(text: string, term: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(term); at >= 0 && term.length > 0; at = text.indexOf(term, at + 1)) out.push(at);
  return out;
}
