// Typed-answer normalisation. Learners type on phones and PCs with different IMEs, so
// the same answer arrives as full- or half-width, katakana or hiragana, with or without
// spaces, 「」, ・ or a long vowel mark. We compare a canonical form instead of raw text.

const KATAKANA_START = 0x30a1; // ァ
const KATAKANA_END = 0x30f6; // ヶ
const KANA_OFFSET = 0x60; // distance from katakana to hiragana

/** Vowel (as hiragana) that ends each hiragana syllable; used to spell out ー. */
const VOWEL_OF: Record<string, string> = buildVowelTable();

function buildVowelTable(): Record<string, string> {
  const rows: [string, string][] = [
    ["あ", "あかさたなはまやらわがざだばぱぁゃゎ"],
    ["い", "いきしちにひみりぎじぢびぴぃ"],
    ["う", "うくすつぬふむゆるぐずづぶぷゔぅゅっ"],
    ["え", "えけせてねへめれげぜでべぺぇ"],
    ["お", "おこそとのほもよろをごぞどぼぽぉょ"],
  ];
  const table: Record<string, string> = {};
  for (const [vowel, chars] of rows) for (const ch of chars) table[ch] = vowel;
  return table;
}

/** Katakana → hiragana (ヴ → ゔ, ヵ → ゕ); everything else unchanged. */
export function katakanaToHiragana(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out += code >= KATAKANA_START && code <= KATAKANA_END ? String.fromCodePoint(code - KANA_OFFSET) : ch;
  }
  return out;
}

/**
 * Replaces the long vowel mark after a kana with that kana's vowel (こー → こお), then folds
 * the spellings that sound alike: えい ≈ ええ, おう ≈ おお. So ソウル, そーる and そおる agree.
 */
function foldLongVowels(text: string): string {
  let out = "";
  for (const ch of text) {
    if (ch === "ー") {
      const prev = out.at(-1);
      const vowel = prev === undefined ? undefined : VOWEL_OF[prev];
      out += vowel ?? "";
      continue;
    }
    const prev = out.at(-1);
    const prevVowel = prev === undefined ? undefined : VOWEL_OF[prev];
    if (ch === "い" && prevVowel === "え") out += "え";
    else if (ch === "う" && prevVowel === "お") out += "お";
    else out += ch;
  }
  return out;
}

// Punctuation, symbols and separators, including 「」・、。 and the NFKC results of their
// full-width forms. Letters, digits, kana and kanji survive.
const STRIP = /[\p{P}\p{S}\p{Z}\s]+/gu;

/**
 * The canonical form of a typed answer: NFKC (full/half width), lower case, katakana as
 * hiragana, long vowels spelled out, no spaces or punctuation. Punctuation between two
 * digits becomes "|" so 2018/1/12 and 2018/11/2 stay different; leading zeros of numbers
 * are dropped so 06 and 6 agree.
 */
export function normalizeAnswer(text: string): string {
  const known = normalized.get(text);
  if (known !== undefined) return known;
  const s = normalizeUncached(text);
  if (normalized.size >= MEMO_LIMIT) normalized.clear();
  normalized.set(text, s);
  return s;
}

// Quiz assembly compares every card's options pairwise (lib/cards/distractors.ts), the same
// few thousand card texts on every start: remembering results made assembling a 50-question
// quiz several times faster. Bounded; typed answers pass through here too.
const MEMO_LIMIT = 20_000;
const normalized = new Map<string, string>();

function normalizeUncached(text: string): string {
  let s = text.normalize("NFKC").toLowerCase();
  s = katakanaToHiragana(s);
  s = foldLongVowels(s);
  // U+E000 (private use) is not matched by STRIP, so it marks digit separators safely.
  s = s.replace(/(\d)[\p{P}\p{S}\p{Z}\s]+(?=\d)/gu, "$1\uE000");
  s = s.replace(STRIP, "").replace(/\uE000/g, "|");
  s = s.replace(/(^|[^\d])0+(?=\d)/g, "$1");
  return s;
}

/** True when `given` matches any accepted answer after normalisation; an empty answer never does. */
export function isTypedAnswerCorrect(given: string, accepted: readonly string[]): boolean {
  const g = normalizeAnswer(given);
  if (g === "") return false;
  return accepted.some((a) => normalizeAnswer(a) === g);
}

/** True when two option texts would read as the same answer to a learner. */
export function sameAnswer(a: string, b: string): boolean {
  return normalizeAnswer(a) === normalizeAnswer(b);
}
