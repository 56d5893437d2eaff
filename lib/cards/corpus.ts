// What the templates need to know about the whole corpus (the facts cards are made from
// together: one uploaded document, or the built-in documents): the pools distractors are drawn
// from, each of one type, and the period its dates span.
import type { FactDate } from "@/lib/facts/types";
import { compareStrings } from "./random";
import { agreementName, datedFact, headlineOf, placeOf, sideOf } from "./fact-fields";
import type { SourceFact } from "./types";

export interface Corpus {
  facts: SourceFact[];
  /** Places of events, as the facts' `place` fields give them. */
  places: string[];
  /** Named speakers of positions. */
  speakers: string[];
  /** Sides holding positions or taking part in events. */
  sides: string[];
  /** Agreements with a usable name. */
  agreements: SourceFact[];
  period: { fromYear: number; toYear: number } | undefined;
}

const uniq = (xs: Array<string | null>) =>
  [...new Set(xs.map((x) => x?.trim() ?? "").filter((x) => x.length > 0))].sort(compareStrings);

export function describeCorpus(facts: SourceFact[]): Corpus {
  const years = facts
    .map(datedFact)
    .filter((d): d is FactDate => d !== null)
    .map((d) => Number(d.value.slice(0, 4)));
  const positions = facts.filter((f) => f.kind === "position");
  const places = uniq(facts.map(placeOf));
  return {
    facts,
    places,
    speakers: uniq(positions.map((f) => f.speaker)),
    // A place is not a side, even when an extraction lists it among the actors.
    sides: uniq([...positions.map(sideOf), ...facts.flatMap((f) => f.actors)]).filter((s) => !places.includes(s)),
    agreements: facts.filter((f) => agreementName(f) !== null),
    period: years.length ? { fromYear: Math.min(...years), toYear: Math.max(...years) } : undefined,
  };
}

/** Dated facts whose headline can stand as an option or in a question. */
export function datedEvents(corpus: Corpus): SourceFact[] {
  return corpus.facts.filter((f) => (f.kind === "event" || f.kind === "agreement") && datedFact(f) && headlineOf(f));
}


