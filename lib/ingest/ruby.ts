// Ruby readings that a PDF put on lines of their own ("平\nピョンチャン\n\n昌") are folded back into the
// base text. Until the final text is assembled, a merged reading travels inline between private-use
// markers so that later joins and reordering carry it along: OPEN base READING reading CLOSE.

export const RUBY_OPEN = "\uE000";
export const RUBY_READING = "\uE001";
export const RUBY_CLOSE = "\uE002";
const MARKERS = /[\uE000-\uE002]/g;

/** The text a reader sees: readings and markers removed. */
export function visibleText(marked: string): string {
  return marked.replace(/\uE001[^\uE002]*\uE002/g, "").replace(MARKERS, "");
}

/** Removes the markers' code points from untrusted input so they cannot be confused with ours. */
export function stripRubyMarkers(text: string): string {
  return text.replace(MARKERS, "");
}

const HAN = /\p{Script=Han}/u;
const READING_LINE = /^[\p{Script=Katakana}\p{Script=Hiragana}ー・･ 　]+$/u;
const SPACED_BASE = /^\p{Script=Han}(?:[ 　]\p{Script=Han})+/u;
const HAN_RUN = /^\p{Script=Han}+/u;

/** A line that can only be a ruby reading: kana alone, short. */
export function isReadingLine(line: string): boolean {
  const kana = line.replace(/[ 　・･ー]/g, "");
  return kana.length >= 2 && line.length <= 24 && READING_LINE.test(line);
}

const SMALL_KANA = new Set([..."ァィゥェォャュョヮ"]);
const CODA_KANA = new Set([..."ムルクプ"]);

/**
 * Rough count of the syllables a reading stands for, which is how many kanji it usually covers:
 * ピョンチャン 2 (平昌), プンゲリ 3 (豊渓里), パンムンジョム 3 (板門店), チョルリマ 3 (千里馬).
 * ン, ッ, ー and small kana add none; ム/ル/ク/プ closing a syllable (キム, チョル) add none.
 */
export function estimateSyllables(reading: string): number {
  const kana = [...reading.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))];
  let count = 0;
  kana.forEach((ch, i) => {
    if (ch === "ン" || ch === "ッ" || ch === "ー" || ch === "・" || ch === " " || ch === "　") return;
    if (SMALL_KANA.has(ch)) return;
    const prev = kana[i - 1];
    const next = kana[i + 1];
    const afterKana = prev !== undefined && prev !== "・" && prev !== " " && prev !== "　";
    if (CODA_KANA.has(ch) && afterKana && next !== "ン") return;
    count += 1;
  });
  return Math.max(1, count);
}

/** Folds `reading` between the last kanji of `before` and the leading kanji of `after`; null if it does not fit. */
export function foldReading(before: string, reading: string, after: string): string | null {
  const last = before.at(-1);
  if (!last || !HAN.test(last)) return null;
  const spaced = SPACED_BASE.exec(after);
  let baseRest: string;
  let rest: string;
  if (spaced) {
    // "英 哲": the PDF spread the base to the width of its reading.
    baseRest = spaced[0].replace(/[ 　]/g, "");
    rest = after.slice(spaced[0].length);
  } else {
    const run = HAN_RUN.exec(after);
    if (!run) return null;
    const take = Math.min(run[0].length, Math.max(1, estimateSyllables(reading) - 1));
    baseRest = run[0].slice(0, take);
    rest = after.slice(take);
  }
  const cleanReading = reading.replace(/[ 　]/g, "");
  return `${before.slice(0, -1)}${RUBY_OPEN}${last}${baseRest}${RUBY_READING}${cleanReading}${RUBY_CLOSE}${rest}`;
}

/**
 * Folds reading lines into the lines around them. `lines` uses "" for blank lines; a reading may be
 * separated from its base by at most one blank line on each side.
 */
export function mergeRubyLines(lines: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isReadingLine(line)) {
      let p = out.length - 1;
      while (p >= 0 && out[p] === "") p--;
      let n = i + 1;
      while (n < lines.length && lines[n] === "") n++;
      if (p >= 0 && out.length - 1 - p <= 1 && n < lines.length && n - i - 1 <= 1) {
        const folded = foldReading(out[p]!, line, lines[n]!);
        if (folded) {
          out.length = p;
          out.push(folded);
          i = n + 1;
          continue;
        }
      }
    }
    out.push(line);
    i += 1;
  }
  return out;
}
