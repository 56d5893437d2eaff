// Card generation: pure and deterministic. The same facts and readings always give the same
// cards with the same keys, so regenerating after a re-extraction keeps every card that is
// still grounded (and the learner's progress on it). Each card is built from the structured
// fields of a fact (headline, date, place, holder, content, items), cites one source
// sentence, and is only made when it passes every check in ./checks.
import { applyChecks, checkContext, type CheckName } from "./checks";
import { describeCorpus } from "./corpus";
import { agreementName } from "./fact-fields";
import { compareStrings } from "./random";
import { resolveGenericTopic } from "./text-rules";
import { agreementCards } from "./templates/agreements";
import { clozeCards } from "./templates/cloze";
import { eventCards } from "./templates/events";
import { judgmentCards } from "./templates/judgments";
import { orderingCards } from "./templates/ordering";
import { positionCards } from "./templates/positions";
import { speakerViewCard } from "./templates/speaker-views";
import { whoseStatementCards } from "./templates/whose-statement";
import { consistentReadings, readingCards } from "./templates/readings";
import { CARD_TEMPLATES, type CardDraft, type CardTemplate, type RubyReading, type SourceFact } from "./types";

export { cardKey } from "./draft";
export { presentationOrder } from "./templates/ordering";
export { BLANK } from "./templates/cloze";

export interface GenerationReport {
  cards: CardDraft[];
  /** Candidate cards the templates built, before the checks. */
  candidates: number;
  /** Per check, how many candidates it rejected. */
  rejected: Record<CheckName, number>;
  rejectedCards: Array<{ card: CardDraft; failed: CheckName[] }>;
}

/** Every card the facts and readings support and the checks let through, sorted by source position. */
export function generateCards(facts: readonly SourceFact[], ruby: readonly RubyReading[] = []): CardDraft[] {
  return generateCardsWithReport(facts, ruby).cards;
}

/** generateCards, also saying how many candidates each check rejected. */
export function generateCardsWithReport(facts: readonly SourceFact[], ruby: readonly RubyReading[] = []): GenerationReport {
  const sorted = withResolvedTopics(
    [...facts].sort((a, b) => compareStrings(a.documentId, b.documentId) || a.start - b.start || compareStrings(a.id, b.id)),
  );
  const corpus = describeCorpus(sorted);
  const candidates: CardDraft[] = [];
  for (const fact of sorted) {
    candidates.push(...eventCards(fact, corpus), ...clozeCards(fact, corpus), ...agreementCards(fact, corpus), ...positionCards(fact, corpus));
    const view = speakerViewCard(fact, corpus);
    if (view) candidates.push(view);
  }
  candidates.push(...orderingCards(corpus), ...judgmentCards(sorted), ...whoseStatementCards(corpus), ...readingCards(consistentReadings(ruby), sorted));

  const unique = new Map<string, CardDraft>();
  for (const card of candidates) if (!unique.has(card.key)) unique.set(card.key, card);
  const checked = applyChecks([...unique.values()], checkContext(sorted));
  return { ...checked, cards: sortCards(checked.cards) };
}

/** Headlines whose topic is a generic noun (条約は…) name the document's one agreement of that kind. */
function withResolvedTopics(facts: SourceFact[]): SourceFact[] {
  const namesOf = new Map<string, string[]>();
  for (const f of facts) {
    const name = agreementName(f);
    if (name) namesOf.set(f.documentId, [...(namesOf.get(f.documentId) ?? []), name]);
  }
  return facts.map((f) => {
    const headline = f.kind === "event" && f.headline ? resolveGenericTopic(f.headline, namesOf.get(f.documentId) ?? []) : f.headline;
    return headline === f.headline ? f : { ...f, headline };
  });
}

function sortCards(cards: CardDraft[]): CardDraft[] {
  const templateRank = (t: CardTemplate) => CARD_TEMPLATES.indexOf(t);
  return cards.sort(
    (a, b) =>
      compareStrings(a.documentId, b.documentId) ||
      a.start - b.start ||
      templateRank(a.template) - templateRank(b.template) ||
      compareStrings(a.variant, b.variant) ||
      compareStrings(a.key, b.key),
  );
}
