// Cloze cards: one key name blanked in an event's headline (a side named in it), with the
// date as context and other sides of the corpus as options. Never a date blanked.
import type { Corpus } from "../corpus";
import { formatFactDate } from "../dates";
import { pickDistractors } from "../distractors";
import { baseTags, factCard, withOptions } from "../draft";
import { datedFact, headlineOf } from "../fact-fields";
import type { CardDraft, SourceFact } from "../types";

export const BLANK = "［　　］";

/**
 * True when every occurrence of `term` is a whole word: not glued to kanji or katakana on either
 * side (北朝鮮は stays, 金正 in 金正恩 or 韓国 in 韓国大統領特使団 does not).
 */
export function standsAlone(text: string, term: string): boolean {
  const word = /[\p{sc=Han}\p{sc=Katakana}ーA-Za-z0-9]/u;
  let at = text.indexOf(term);
  if (at < 0) return false;
  while (at >= 0) {
    if (word.test(text[at - 1] ?? "") || word.test(text[at + term.length] ?? "")) return false;
    at = text.indexOf(term, at + 1);
  }
  return true;
}

export function clozeCards(fact: SourceFact, corpus: Corpus): CardDraft[] {
  const headline = headlineOf(fact);
  if (!headline || fact.kind !== "event") return [];
  // Sides named in the headline outside names in 「」, none inside another side's name.
  const visible = headline.replace(/「[^「」]*」/g, "");
  const named = corpus.sides.filter((s) => s.length >= 2 && visible.includes(s));
  const terms = named.filter((t) => !named.some((o) => o !== t && o.includes(t)) && standsAlone(visible, t));
  const date = datedFact(fact);
  const cards: CardDraft[] = [];
  for (const term of terms.slice(0, 1)) {
    const blanked = headline.split(term).join(BLANK);
    const card = factCard(fact, "cloze", term, {
      front: `空欄に入る語はどれか。\n${date ? `${formatFactDate(date)}、` : ""}${blanked}`,
      back: headline,
      answer: term,
      typedAnswers: [term],
      tags: [...baseTags("cloze", fact), "term:actor"],
    });
    // A name still visible in the headline cannot be the blank.
    const made = withOptions(card, pickDistractors({ answer: term, candidates: corpus.sides, exclude: named, seed: card.key }));
    if (made) cards.push(made);
  }
  return cards;
}
