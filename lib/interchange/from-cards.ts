// Turns generated cards into front/back/tags rows for export. A flashcard app shows only
// front and back, so a multiple-choice card lists its options on the front and an ordering
// card its items; the back cites the source sentence.
import type { CardDraft } from "@/lib/cards/types";
import type { InterchangeCard } from "./tsv";

export interface ToInterchangeOptions {
  /** Append the source sentence to the back. Default true. */
  includeSource?: boolean;
}

const OPTION_LABELS = ["A", "B", "C", "D", "E", "F", "G", "H"];

export function cardToInterchange(
  card: Pick<CardDraft, "front" | "back" | "choices" | "answer" | "tags" | "quote">,
  options: ToInterchangeOptions = {},
): InterchangeCard {
  const choices = card.choices ?? [];
  const listed = choices.map((c, i) => `${OPTION_LABELS[i] ?? String(i + 1)}. ${c}`).join("\n");
  const front = listed ? `${card.front}\n${listed}` : card.front;
  const source = (options.includeSource ?? true) && card.quote ? `\n\n出典：${card.quote}` : "";
  return { front, back: card.back + source, tags: [...new Set(card.tags)] };
}

export function cardsToInterchange(
  cards: readonly Pick<CardDraft, "front" | "back" | "choices" | "answer" | "tags" | "quote">[],
  options: ToInterchangeOptions = {},
): InterchangeCard[] {
  return cards.map((c) => cardToInterchange(c, options));
}
