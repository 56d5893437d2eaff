// Building a card draft: its stable key, the fields every template fills the same way, and
// multiple-choice options (a card that needs options and has too few is not made).
import { MAX_DISTRACTORS, MIN_DISTRACTORS, buildChoices } from "./distractors";
import { sourceOf } from "./fact-fields";
import { stableKey } from "./random";
import type { CardDraft, CardTemplate, SourceFact } from "./types";

/**
 * Distractors of a multiple-choice card: three when the corpus has them (four options), at
 * least two (three options); with fewer the card is not made.
 */
export const PREFERRED_DISTRACTORS = MAX_DISTRACTORS;
export const REQUIRED_DISTRACTORS = MIN_DISTRACTORS;

/** The key of a card: stable as long as its fact, template and variant are. */
export function cardKey(factId: string | null, template: CardTemplate, variant: string): string {
  return stableKey([factId ?? "", template, variant]);
}

export function baseTags(template: CardTemplate, fact: SourceFact): string[] {
  return [template, fact.kind, ...fact.actors, ...fact.topics];
}

type DraftFields = Pick<CardDraft, "front" | "back" | "answer"> & Partial<Pick<CardDraft, "typedAnswers" | "tags" | "choices">>;

/** A card about one fact, citing its source sentence. */
export function factCard(fact: SourceFact, template: CardTemplate, variant: string, fields: DraftFields): CardDraft {
  return {
    key: cardKey(fact.id, template, variant),
    factId: fact.id,
    factIds: [fact.id],
    template,
    variant,
    ...fields,
    tags: fields.tags ?? baseTags(template, fact),
    ...sourceOf(fact),
  };
}

/** The card with the answer and its distractors as options in a seeded order; null when there are too few. */
export function withOptions(card: CardDraft, distractors: readonly string[]): CardDraft | null {
  if (typeof card.answer !== "string" || distractors.length < REQUIRED_DISTRACTORS) return null;
  return { ...card, choices: buildChoices(card.answer, distractors.slice(0, PREFERRED_DISTRACTORS), card.key) };
}

/** ①, ②, … for numbered lists on a card (a list number never reads as part of the item). */
export function circled(index: number): string {
  return index < 20 ? String.fromCodePoint(0x2460 + index) : `(${index + 1})`;
}
