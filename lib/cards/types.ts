import type { ExtractedFact } from "@/lib/facts/types";

/** A fact as stored: the extracted fact plus its identity and the document it came from. */
export interface SourceFact extends ExtractedFact {
  id: string;
  documentId: string;
}

/** A ruby reading found in a document (寧辺 → ニョンビョン); offsets index the cleaned text. */
export interface RubyReading {
  documentId: string;
  reading: string;
  base: string;
  quote: string;
  start: number;
  end: number;
}

export const CARD_TEMPLATES = [
  "date-to-event",
  "event-to-date",
  "cloze",
  "agreement-to-items",
  "agreement-includes-item",
  "item-to-agreement",
  "who-said",
  "side-topic-position",
  "speaker-view",
  "whose-statement",
  "reading",
  "which-first",
  "put-in-order",
  "where-held",
  "judgment-outcome",
] as const;
export type CardTemplate = (typeof CARD_TEMPLATES)[number];

/**
 * A card ready to be stored. `key` is stable across regenerations (hash of fact id,
 * template and variant), so a stored card row can be matched and its progress kept.
 */
export interface CardDraft {
  key: string;
  /** The fact the card asks about; for ordering cards the anchor fact; null for a reading not inside any fact. */
  factId: string | null;
  /** Every fact the card draws on (several for ordering cards). */
  factIds: string[];
  template: CardTemplate;
  /** Distinguishes several cards of one template from one fact (the cloze term, the item, …). */
  variant: string;
  front: string;
  back: string;
  /** Options in presentation order, answer included; for ordering cards the items in shuffled order. */
  choices?: string[];
  /** The correct option; for ordering cards the items in the right order. */
  answer: string | string[];
  /** Typed answers that count as correct, when the card can be asked as a typed question. */
  typedAnswers?: string[];
  tags: string[];
  /** The source sentence the card cites. */
  documentId: string;
  start: number;
  end: number;
  quote: string;
}
