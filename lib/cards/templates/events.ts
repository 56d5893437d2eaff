// Cards about dated events and agreements: when did X happen, what happened on D, where was X held.
import type { FactDate } from "@/lib/facts/types";
import { datedEvents, type Corpus } from "../corpus";
import { findDateMentions, mentionMatches, parseDateAnswer } from "../date-mentions";
import { dateTypedAnswers, datesOverlap, formatFactDate } from "../dates";
import { formatDateOptions, pickDateDistractors, pickDistractors } from "../distractors";
import { factCard, withOptions } from "../draft";
import { agreementName, datedFact, headlineOf, isEventLike, placeOf, toldOnAnotherDate } from "../fact-fields";
import { entityKind } from "../entity-kind";
import { standsAlone } from "../text-rules";
import type { CardDraft, SourceFact } from "../types";
import { BLANK } from "./cloze";

const WHEN: Record<FactDate["precision"], string> = { year: "何年", month: "何年何月", day: "何年何月何日" };

/** "When did X happen?": the headline asks, the date at the source's precision answers. */
export function eventToDateCard(fact: SourceFact, corpus: Corpus): CardDraft | null {
  const date = datedFact(fact);
  const headline = headlineOf(fact);
  if (!date || !headline || !isEventLike(fact)) return null;
  const name = agreementName(fact);
  // An event the sentence gives as a span of days (7月28日から31日まで訪問) is asked when it began.
  const span = daySpan(fact.quote, date);
  const front = name
    ? `次の合意・宣言は${WHEN[date.precision]}のものか。\n「${name}」`
    : span
      ? `次の出来事が始まったのは${WHEN[date.precision]}か。\n${headline}`
      : `次の出来事は${WHEN[date.precision]}のことか。\n${headline}`;
  const answer = formatFactDate(date);
  const until = span && !name ? `から${formatFactDate({ value: span, precision: "day" })}まで` : "";
  // A date the same sentence gives another fact (…2017年11月17日には、2019年1月1日に発効することが決まる) reads as
  // a second right answer: never an option.
  const sameSentence = corpus.facts.filter((f) => f.id !== fact.id && f.documentId === fact.documentId && f.start < fact.end && fact.start < f.end);
  const taken = new Set(sameSentence.map((f) => datedFact(f)?.value).filter(Boolean));
  const others = corpus.facts
    .filter((f) => f.id !== fact.id)
    .map(datedFact)
    .filter((d): d is FactDate => d !== null && !taken.has(d.value));
  const card = factCard(fact, "event-to-date", "", {
    front,
    back: `${answer}${until}　${name ? `「${name}」` : headline}`,
    answer,
    typedAnswers: dateTypedAnswers(date),
  });
  const alsoRight = span ? (d: FactDate) => d.precision === "day" && d.value > date.value && d.value <= span : undefined;
  const distractors = formatDateOptions(pickDateDistractors({ answer: date, candidates: others, period: corpus.period, seed: card.key, alsoRight }));
  return withOptions(card, distractors);
}

/**
 * The last day of a span the sentence gives from the answer's day (7月28日から31日まで, 12月6日から7日,
 * 9月22日木曜日から12月27日火曜日まで), as
 * YYYY-MM-DD: every day of it would also answer "when". Null when the sentence gives no such span.
 */
export function daySpan(quote: string, date: FactDate): string | null {
  if (date.precision !== "day") return null;
  const [year, month, day] = date.value.split("-").map(Number) as [number, number, number];
  const text = quote.normalize("NFKC");
  // (A weekday may follow a day, in brackets or not: 9月22日(木)から, 9月22日木曜日から12月27日火曜日まで.)
  for (const m of text.matchAll(/(?:(\d{1,2})月)?(\d{1,2})日(?:[(（][^)）]*[)）]|[月火水木金土日]曜日?)?(?:から|～|~|－|-|〜)(?:(\d{1,2})月)?(\d{1,2})日/gu)) {
    if (Number(m[2]) !== day || (m[1] && Number(m[1]) !== month)) continue;
    const toMonth = m[3] ? Number(m[3]) : month;
    const pad = (n: number) => String(n).padStart(2, "0");
    const end = `${year}-${pad(toMonth)}-${pad(Number(m[4]))}`;
    if (end > date.value) return end;
  }
  return null;
}

/** "What happened on D?": options are headlines of events on other dates. */
export function dateToEventCard(fact: SourceFact, corpus: Corpus): CardDraft | null {
  const date = datedFact(fact);
  const headline = headlineOf(fact);
  if (!date || !headline || !isEventLike(fact)) return null;
  // Events that might share the day are never distractors; if there are any, the question
  // names the place when that tells them apart (the ambiguity check holds it to that).
  const sameTime = corpus.facts.filter((f) => {
    const d = datedFact(f);
    return f.id !== fact.id && isEventLike(f) && (d === null || datesOverlap(d, date));
  });
  const place = placeOf(fact);
  // (Not when the answer names the place itself: the question would point at it.)
  const where = sameTime.some((f) => datedFact(f) !== null) && place && !headline.includes(place) ? `${place}で` : "";
  const dateText = formatFactDate(date);
  // An agreement is asked among agreements, an event among events: a name and a clause are no options of one question.
  const isAgreement = agreementName(fact) !== null;
  const card = factCard(fact, "date-to-event", "", {
    front: isAgreement ? `${dateText}の合意・宣言はどれか。` : `${dateText}に${where}あったのはどれか。`,
    back: `${dateText}　${headline}`,
    answer: headline,
  });
  // A name holding the asked date (「9月平壌共同宣言」 for 2017年9月3日) would mislead: not offered.
  const asked = parseDateAnswer(dateText)!;
  const candidates = datedEvents(corpus)
    .filter((f) => f.id !== fact.id && !sameTime.includes(f) && (agreementName(f) !== null) === isAgreement)
    .map((f) => headlineOf(f)!)
    .filter((h) => !findDateMentions(h).some((m) => mentionMatches(m, asked)));
  const exclude = sameTime.map(headlineOf).filter((h): h is string => h !== null);
  return withOptions(card, pickDistractors({ answer: headline, candidates, exclude, seed: card.key }));
}

/**
 * The headline with its place blanked ("米朝首脳会談を［　　］で開催"), when the place stands in it
 * once as a whole word and not inside another named place; null otherwise.
 */
export function withPlaceBlanked(headline: string, place: string): string | null {
  if (!standsAlone(headline, place) || headline.indexOf(place) !== headline.lastIndexOf(place)) return null;
  // A place inside a named place (シンガポールの［　　］) is told by its container: no other place fits.
  if (/[\p{sc=Han}\p{sc=Katakana}ーA-Za-z]の$/u.test(headline.slice(0, headline.indexOf(place)))) return null;
  return headline.replace(place, BLANK);
}

/** A city that is a state (シンガポール) stands among cities and among countries alike. */
const CITY_STATE = /^(?:シンガポール|モナコ|バチカン|サンマリノ)$/;

/** A country or not: the options of a place are of the answer's granularity (cities among cities, countries among countries). */
const isCountry = (place: string) => entityKind(place) === "country" && !CITY_STATE.test(place);

/** "Where was X held?": the place blanked in the headline, with other places of the corpus as options. */
export function whereHeldCard(fact: SourceFact, corpus: Corpus): CardDraft | null {
  const place = placeOf(fact);
  const headline = headlineOf(fact);
  // Only a place the corpus knows as one (an event noun given as the place, 米朝首脳会談, is none).
  if (!place || !headline || fact.kind !== "event" || !corpus.places.includes(place)) return null;
  const blanked = withPlaceBlanked(headline, place);
  if (!blanked) return null;
  const date = toldOnAnotherDate(fact, corpus.facts) ? null : datedFact(fact);
  const card = factCard(fact, "where-held", "", {
    front: `空欄に入る場所はどれか。\n${date ? `${formatFactDate(date)}、` : ""}${blanked}`,
    back: `${place}　${headline}`,
    answer: place,
    typedAnswers: [place],
  });
  const candidates = corpus.places.filter((p) => isCountry(p) === isCountry(place) || CITY_STATE.test(p));
  return withOptions(card, pickDistractors({ answer: place, candidates, seed: card.key, entities: true, anyKind: true }));
}

export function eventCards(fact: SourceFact, corpus: Corpus): CardDraft[] {
  return [eventToDateCard(fact, corpus), dateToEventCard(fact, corpus), whereHeldCard(fact, corpus)].filter(
    (c): c is CardDraft => c !== null,
  );
}
