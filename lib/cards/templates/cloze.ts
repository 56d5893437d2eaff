// Cloze cards: one key name blanked in an event's headline (a side named in it), with the
// date as context and other sides of the corpus as options. Never a date blanked.
import type { Corpus } from "../corpus";
import { formatFactDate } from "../dates";
import { pickDistractors } from "../distractors";
import { COUNTRY_ABBREVIATIONS } from "@/lib/extract/data/sides";
import { entityKey, entityKind } from "../entity-kind";
import { baseTags, factCard, withOptions } from "../draft";
import { datedFact, headlineOf, sameText, toldOnAnotherDate } from "../fact-fields";
import { standsAlone } from "../text-rules";
import type { CardDraft, SourceFact } from "../types";

export const BLANK = "［　　］";

const ABBREVIATION_CHARS = Object.keys(COUNTRY_ABBREVIATIONS).join("");
const COMPOUND = new RegExp(`[${ABBREVIATION_CHARS}]・?[${ABBREVIATION_CHARS}](?:・?[${ABBREVIATION_CHARS}])*`, "gu");

/** True when a country's one-character form stands in a compound of the text (泰 in 日泰, 朝 in 米朝). */
export function abbreviatedIn(text: string, country: string): boolean {
  const key = entityKey(country);
  const chars = Object.entries(COUNTRY_ABBREVIATIONS).filter(([, c]) => entityKey(c) === key).map(([ch]) => ch);
  return chars.length > 0 && [...text.matchAll(COMPOUND)].some((m) => chars.some((ch) => m[0].includes(ch)));
}

/** A state's organ after its name (タイ政府, 日本軍, 米国側): the name is still a whole word, the state. */
const STATE_ORGAN = /^(?:政府|軍|側)(?![\p{sc=Han}\p{sc=Katakana}])/u;

/**
 * True when every occurrence of a country's name in the text stands before one of its organs
 * (タイ政府は…宣戦布告 → ［　　］政府は…): blanking the name asks which state acted.
 */
export function namesItsState(text: string, country: string): boolean {
  if (entityKind(country) !== "country") return false;
  const at: number[] = [];
  for (let i = text.indexOf(country); i >= 0; i = text.indexOf(country, i + 1)) at.push(i);
  return at.length > 0 && at.every((i) => !/[\p{sc=Han}\p{sc=Katakana}ーA-Za-z0-9]/u.test(text[i - 1] ?? "") && STATE_ORGAN.test(text.slice(i + country.length)));
}

export function clozeCards(fact: SourceFact, corpus: Corpus): CardDraft[] {
  const headline = headlineOf(fact);
  if (!headline || fact.kind !== "event") return [];
  // The same headline told again (one step on two dates) gives its cloze once, at its first telling.
  if (corpus.facts.find((f) => f.kind === "event" && sameText(headlineOf(f), headline))?.id !== fact.id) return [];
  // Sides named once in the headline, outside names in 「」, as a whole word.
  const visible = headline.replace(/「[^「」]*」/g, "");
  const named = corpus.sides.filter((s) => s.length >= 2 && visible.includes(s));
  // Not a kind of thing (会社) nor a party of a case (原告, 被控訴人): one party goes by several roles.
  // Nor a country written before its city (中国・北京): the city gives it away.
  // Nor a country whose one-character form stands in a compound of the headline (タイ in 日泰攻守同盟条約).
  const terms = named.filter((t) => !abbreviatedIn(headline, t)).filter((t) => !["generic", "legal"].includes(entityKind(t)) && !visible.includes(`${t}・`)).filter((t) => !named.some((o) => o !== t && o.includes(t)) && (standsAlone(visible, t) || namesItsState(visible, t)) && visible.indexOf(t) === visible.lastIndexOf(t));
  // A date another telling contradicts is not shown as the context.
  const date = toldOnAnotherDate(fact, corpus.facts) ? null : datedFact(fact);
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
    // The blank holds a name of one kind (a country where a country stood): only names of that kind.
    const sameKind = corpus.sides.filter((s) => entityKind(s) === entityKind(term));
    // A state that acted (［　　］政府は英米に対して宣戦布告) is never one the headline names by its one-character
    // form (米国 of 英米): it would act on itself.
    const abbreviated = standsAlone(visible, term) ? [] : corpus.sides.filter((s) => abbreviatedIn(headline, s));
    const made = withOptions(card, pickDistractors({ answer: term, candidates: sameKind, exclude: [...named, ...abbreviated], seed: card.key, entities: true, sameHead: true }));
    if (made) cards.push(made);
  }
  return cards;
}
