// What the templates need to know about the whole corpus (the facts cards are made from
// together: one uploaded document, or the built-in documents): the pools distractors are drawn
// from, each of one type, and the period its dates span.
import type { FactDate } from "@/lib/facts/types";
import { compareStrings } from "./random";
import { agreementName, datedFact, headlineOf, placeOf, sideOf } from "./fact-fields";
import { readsAsName } from "./entity-kind";
import { appearsAsWord, pointsBack } from "./text-rules";
import type { SourceFact } from "./types";

export interface Corpus {
  facts: SourceFact[];
  /** Places of events, as the facts' `place` fields give them. */
  places: string[];
  /** Named speakers of positions. */
  speakers: string[];
  /** Sides holding positions or taking part in events. */
  sides: string[];
  /** Sides holding positions: the options of "who said" when no speaker is named. */
  holders: string[];
  /** Agreements with a usable name. */
  agreements: SourceFact[];
  period: { fromYear: number; toYear: number } | undefined;
}

/** Words that name an event or a relation, not a place (米朝首脳会談, ハワイ真珠湾訪問, 日米関係). */
const EVENT_NOUN = /(?:会談|会議|会合|訪問|関係|宣言|声明|協定|条約|交渉|協議|サミット)$/;

const uniq = (xs: Array<string | null>) =>
  [...new Set(xs.map((x) => x?.trim() ?? "").filter((x) => x.length > 0))].sort(compareStrings);

export function describeCorpus(facts: SourceFact[]): Corpus {
  const years = facts
    .map(datedFact)
    .filter((d): d is FactDate => d !== null)
    .map((d) => Number(d.value.slice(0, 4)));
  const positions = facts.filter((f) => f.kind === "position");
  // An option must be a whole name somewhere in the sources (not 金正 cut from 金正恩), and a
  // place is never a side or an event (会談, 訪問), whatever an extraction lists.
  const named = (term: string) => facts.some((f) => appearsAsWord(f.quote, term));
  // A transcript names its speakers only in turn labels (○佐藤一郎君, 【大臣】), which no quote holds: a speaker
  // whose name no quote holds even in part (not 金正 cut from 金正恩) came from such a label, whole.
  // (A name cut by the extraction, ・金 from 小渕・金, starts with no letter and is none.)
  const fromTurnLabel = (speaker: string) => /^\p{L}/u.test(speaker) && !/[、。「」]/u.test(speaker) && readsAsName(speaker) && !pointsBack(speaker) && !facts.some((f) => f.quote.includes(speaker));
  const places = uniq(facts.map(placeOf)).filter((p) => named(p) && !EVENT_NOUN.test(p));
  return {
    facts,
    places,
    speakers: uniq(positions.map((f) => f.speaker)).filter((s) => named(s) || fromTurnLabel(s)),
    sides: uniq([...positions.map(sideOf), ...facts.flatMap((f) => f.actors)]).filter((s) => named(s) && !places.includes(s)),
    holders: uniq(positions.map(sideOf)).filter((s) => named(s) && !places.includes(s)),
    agreements: facts.filter((f) => agreementName(f) !== null),
    period: years.length ? { fromYear: Math.min(...years), toYear: Math.max(...years) } : undefined,
  };
}

/** The sides a speaker has spoken for: another speaker of the same side is no distractor (米政府 for 米国側). */
export function sidesOfSpeaker(corpus: Corpus, speaker: string): string[] {
  return corpus.facts.filter((f) => f.speaker?.trim() === speaker).map((f) => sideOf(f) ?? "").filter((s) => s.length > 0);
}

/** Dated facts whose headline can stand as an option or in a question. */
export function datedEvents(corpus: Corpus): SourceFact[] {
  return corpus.facts.filter((f) => (f.kind === "event" || f.kind === "agreement") && datedFact(f) && headlineOf(f));
}


