// Is this text Japanese? Extraction only reads Japanese, so a document in another language is
// refused with a clear reason rather than stored with no facts. Script counts, no model:
// Japanese mixes kana into kanji; Chinese is kanji without kana; most other languages are
// not in kana or kanji at all.

/** Fewer letters than this cannot be judged: such a text is let through. */
const MIN_LETTERS = 20;
/** Share of letters in kana or kanji below which a text is not Japanese (English with a few names). */
const MIN_JAPANESE_SHARE = 0.3;
/** Kana share of kana + kanji below which a long kanji text is Chinese (Japanese prose has ~40 %). */
const MIN_KANA_SHARE = 0.05;
const MIN_KANJI_FOR_CHINESE = 100;

export interface ScriptCounts {
  letters: number;
  kana: number;
  kanji: number;
}

export function countScripts(text: string): ScriptCounts {
  let letters = 0;
  let kana = 0;
  let kanji = 0;
  for (const ch of text) {
    if (/\p{Script=Hiragana}|\p{Script=Katakana}/u.test(ch) && ch !== "・" && ch !== "ー") kana++;
    else if (/\p{Script=Han}/u.test(ch)) kanji++;
    if (/\p{L}/u.test(ch)) letters++;
  }
  return { letters, kana, kanji };
}

export function looksJapanese(text: string): boolean {
  const { letters, kana, kanji } = countScripts(text);
  if (letters < MIN_LETTERS) return true;
  if ((kana + kanji) / letters < MIN_JAPANESE_SHARE) return false;
  if (kanji >= MIN_KANJI_FOR_CHINESE && kana / (kana + kanji) < MIN_KANA_SHARE) return false;
  return true;
}
