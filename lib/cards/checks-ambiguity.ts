// The ambiguity check: a question must have one answer among the facts of its corpus. Two
// events on one date, two statements by one side on one topic, one item in two agreements, one
// event told in two places, one event told on two dates … then the question must name what tells them apart, or is not made.
import { normalizeAnswer } from "@/lib/cards/normalize-answer";
import type { CheckContext } from "./checks";
import { datesOverlap, formatFactDate, isCertainlyBefore } from "./dates";
import { agreementName, contentOf, datedFact, headlineOf, holderOf, isEventLike, placeOf, sameText, sideOf, toldOnAnotherDate } from "./fact-fields";
import type { CardDraft, SourceFact } from "./types";

type Rule = (fact: SourceFact, card: CardDraft, others: SourceFact[]) => boolean;

const RULES: Partial<Record<CardDraft["template"], Rule>> = {
  // "When did X happen?": no other fact told with the same headline.
  "event-to-date": (fact, _card, others) => !others.some((o) => sameText(headlineOf(o), headlineOf(fact))),
  // "What happened on D?": no other event known to fall on that day, unless the question names a
  // place the others lack. (Undated events are never options, so they do not compete.)
  "date-to-event": (fact, card, others) => {
    const date = datedFact(fact);
    if (!date || toldOnAnotherDate(fact, others)) return false;
    const rivals = others.filter((o) => isEventLike(o) && datedFact(o) !== null && datesOverlap(datedFact(o)!, date));
    const place = placeOf(fact);
    return rivals.every((r) => !!place && card.front.includes(place) && placeOf(r) !== place);
  },
  // "Where was X held?": the same event is not placed elsewhere by another fact.
  "where-held": (fact, _card, others) =>
    !others.some((o) => sameText(headlineOf(o), headlineOf(fact)) && placeOf(o) !== placeOf(fact)),
  // "Who said X?": no other holder said the same.
  "who-said": (fact, _card, others) =>
    !others.some((o) => sameText(contentOf(o), contentOf(fact)) && holderOf(o) !== holderOf(fact)),
  // "What did A say about T?": A's other statements on T differ in time, and the question names it.
  "side-topic-position": (fact, card, others) => {
    const rivals = others.filter((o) => o.kind === "position" && sideOf(o) === sideOf(fact) && o.topics.includes(card.variant));
    if (rivals.length === 0) return true;
    const date = datedFact(fact);
    if (!date || !card.front.includes(formatFactDate(date))) return false;
    return rivals.every((r) => datedFact(r) !== null && !datesOverlap(datedFact(r)!, date));
  },
  // "What did S say about T?": S's other statements on T differ in time, and the question names it.
  "speaker-view": (fact, card, others) => {
    const subject = card.variant.replace(/(?:について|に際して|に関して|をめぐって|に向けて)$/, "");
    const rivals = others.filter((o) => o.kind === "position" && holderOf(o) === holderOf(fact) && o.quote.includes(subject));
    if (rivals.length === 0) return true;
    const date = datedFact(fact);
    if (!date || !card.front.includes(formatFactDate(date))) return false;
    return rivals.every((r) => datedFact(r) !== null && !datesOverlap(datedFact(r)!, date));
  },
  // "Which agreement contains I?": no other agreement contains I.
  "item-to-agreement": (fact, card, others) =>
    !others.some(
      (o) => o.kind === "agreement" && !sameText(agreementName(o), agreementName(fact)) && o.items.some((i) => normalizeAnswer(i) === normalizeAnswer(card.variant)),
    ),
};

/** Ordering cards: every pair of events certainly ordered, every headline different. */
function orderingIsCertain(card: CardDraft, ctx: CheckContext): boolean {
  const facts = card.factIds.map((id) => ctx.factById.get(id));
  if (facts.some((f) => !f || !datedFact(f))) return false;
  const list = facts as SourceFact[];
  if (list.some((f) => toldOnAnotherDate(f, ctx.facts.filter((o) => o.id !== f.id)))) return false;
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const a = datedFact(list[i]!)!;
      const b = datedFact(list[j]!)!;
      if (!isCertainlyBefore(a, b) && !isCertainlyBefore(b, a)) return false;
      if (sameText(headlineOf(list[i]!), headlineOf(list[j]!))) return false;
    }
  return true;
}

export function factIsUnambiguous(card: CardDraft, ctx: CheckContext): boolean {
  if (card.template === "which-first" || card.template === "put-in-order") return orderingIsCertain(card, ctx);
  const rule = RULES[card.template];
  if (!rule) return true;
  const fact = card.factId ? ctx.factById.get(card.factId) : undefined;
  if (!fact) return false;
  return rule(fact, card, ctx.facts.filter((f) => f.id !== fact.id));
}
