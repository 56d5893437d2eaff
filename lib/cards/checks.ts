// The checks every generated card must pass before it is made. Each rule is a named function
// of the card (and, for ambiguity, the facts it was made from); a card failing any rule is
// dropped and the rule's name counted, so `npm run cards -- --report` can say what was rejected.
import { normalizeAnswer } from "@/lib/cards/normalize-answer";
import { dateAnswerShape, findDateMentions, mentionMatches, parseDateAnswer } from "./date-mentions";
import { optionsClash } from "./distractors";
import { factIsUnambiguous } from "./checks-ambiguity";
import { bracketsBalanced, endsOpen, hasDateOutsideQuotes, hasIsoDate, hasMarkup, hasMask, startsOpen } from "./text-rules";
import type { CardDraft, CardTemplate, SourceFact } from "./types";

export const MAX_QUESTION_LENGTH = 120;
export const MAX_OPTION_LENGTH = 60;
export const MIN_OPTIONS = 3;

/** Templates answered from memory without options (a list of items). */
const RECALL_TEMPLATES: readonly CardTemplate[] = ["agreement-to-items"];
/** Templates whose options are events compared by time: a date in an option gives the answer away. */
const EVENT_OPTION_TEMPLATES: readonly CardTemplate[] = ["date-to-event", "which-first", "put-in-order"];

export interface CheckContext {
  facts: readonly SourceFact[];
  factById: ReadonlyMap<string, SourceFact>;
}

export function checkContext(facts: readonly SourceFact[]): CheckContext {
  return { facts, factById: new Map(facts.map((f) => [f.id, f])) };
}

const answerItems = (card: CardDraft): string[] => (typeof card.answer === "string" ? [card.answer] : card.answer);
const options = (card: CardDraft): string[] => card.choices ?? [];
const lines = (text: string) => text.split("\n").filter((l) => l.trim().length > 0);

/** Everything a learner reads on the card, its results page or its explanation. */
export function visibleTexts(card: CardDraft): string[] {
  return [...lines(card.front), ...lines(card.back), ...answerItems(card), ...options(card)];
}

/** The answer does not appear in the question, in any form (a date also as 平成30年6月12日, 6月12日, 2018-06-12). */
export function answerNotInQuestion(card: CardDraft): boolean {
  if (typeof card.answer !== "string") return true;
  const date = parseDateAnswer(card.answer);
  if (date) return !findDateMentions(card.front).some((m) => mentionMatches(m, date));
  const parts = [card.answer, ...card.answer.split(/[（）()]/)].map(normalizeAnswer).filter((p) => p.length > 0);
  const front = normalizeAnswer(card.front);
  return !parts.some((p) => front.includes(p));
}

/** Templates whose question blanks one key term (a name, a place) and may show the blank. */
const BLANK_TEMPLATES: readonly CardTemplate[] = ["cloze", "where-held"];

/** No mask characters (〇〇, ［　］, ＿＿) anywhere but a cloze question's own blank. */
export function noMasks(card: CardDraft): boolean {
  const texts = BLANK_TEMPLATES.includes(card.template) ? visibleTexts(card).filter((t) => !card.front.includes(t)) : visibleTexts(card);
  return !texts.some(hasMask);
}

/** No ISO dates (2018-06-12) in any visible text: dates read 2018年6月12日. */
export function noIsoDates(card: CardDraft): boolean {
  return !visibleTexts(card).some(hasIsoDate);
}

/**
 * No text ends in a connective (て, で, し, ほか, とともに, ものの, など, つつ, 、, が …). A reading
 * card's answer, options and back are kana readings (岸（きし）), not clauses, so only its question counts.
 */
export function noOpenClause(card: CardDraft): boolean {
  const texts = card.template === "reading" ? lines(card.front) : visibleTexts(card);
  return !texts.some(endsOpen);
}

/** Brackets closed and no markup remnants (wiki links, categories, URLs): no fragments of the page. */
export function noFragments(card: CardDraft): boolean {
  return visibleTexts(card).every((t) => bracketsBalanced(t) && !hasMarkup(t) && !startsOpen(t));
}

/** At least three options including the answer, exactly one of them correct; ordering items are the answer's. */
export function enoughOptions(card: CardDraft): boolean {
  const choices = options(card);
  if (choices.length === 0) return RECALL_TEMPLATES.includes(card.template);
  if (choices.length < MIN_OPTIONS) return false;
  if (typeof card.answer !== "string") {
    const sorted = (xs: string[]) => [...xs].sort().join("\u0000");
    return sorted(choices) === sorted(card.answer);
  }
  const answer = normalizeAnswer(card.answer);
  return choices.filter((c) => normalizeAnswer(c) === answer).length === 1;
}

/** No two options that read the same or contain one another. */
export function optionsDistinct(card: CardDraft): boolean {
  const choices = options(card);
  for (let i = 0; i < choices.length; i++)
    for (let j = i + 1; j < choices.length; j++) if (optionsClash(choices[i]!, choices[j]!)) return false;
  return true;
}

type OptionKind = "year" | "month" | "day" | "reading" | "text";
function optionKind(text: string, template: CardTemplate): OptionKind {
  if (template === "reading") return /^[\p{sc=Hiragana}\p{sc=Katakana}ー・]+$/u.test(text) ? "reading" : "text";
  return dateAnswerShape(text) ?? "text";
}

/** Options are of one type and granularity: all dates of one precision, all readings, or all comparable phrases. */
export function optionsSameKind(card: CardDraft): boolean {
  const choices = options(card);
  if (choices.length === 0) return true;
  const kinds = new Set(choices.map((c) => optionKind(c, card.template)));
  if (kinds.size !== 1 || (card.template === "reading" && !kinds.has("reading"))) return false;
  if (!kinds.has("text") || card.template === "reading") return true;
  const lengths = choices.map((c) => c.length);
  return Math.max(...lengths) <= 4 * Math.min(...lengths) + 4;
}

/**
 * Event options (what happened, which came first) carry no date that would give the order or
 * the day away: none outside names in 「」, and the answer none that matches a date of the question.
 */
export function noDateInEventOptions(card: CardDraft): boolean {
  if (!EVENT_OPTION_TEMPLATES.includes(card.template)) return true;
  if ([...options(card), ...answerItems(card)].some(hasDateOutsideQuotes)) return false;
  const asked = findDateMentions(card.front);
  return !answerItems(card).some((o) => findDateMentions(o).some((m) => asked.some((a) => mentionMatches(m, a))));
}

/** Question ≤ 120 characters, each option ≤ 60. */
export function withinLengths(card: CardDraft): boolean {
  if (card.front.length > MAX_QUESTION_LENGTH) return false;
  const shown = card.choices ? [...options(card), ...answerItems(card)] : [];
  return shown.every((o) => o.length <= MAX_OPTION_LENGTH);
}

/** The question has one answer among the facts it was made from (two events on one date, two statements by one side …). */
export function unambiguous(card: CardDraft, ctx: CheckContext): boolean {
  return factIsUnambiguous(card, ctx);
}

export const CARD_CHECKS = {
  answerNotInQuestion,
  noMasks,
  noIsoDates,
  noOpenClause,
  noFragments,
  enoughOptions,
  optionsDistinct,
  optionsSameKind,
  noDateInEventOptions,
  withinLengths,
  unambiguous,
} as const satisfies Record<string, (card: CardDraft, ctx: CheckContext) => boolean>;

export type CheckName = keyof typeof CARD_CHECKS;
export const CHECK_NAMES = Object.keys(CARD_CHECKS) as CheckName[];

/** The names of the checks `card` fails; empty when it may be made. */
export function failedChecks(card: CardDraft, ctx: CheckContext): CheckName[] {
  return CHECK_NAMES.filter((name) => !CARD_CHECKS[name](card, ctx));
}

export interface CheckedCards {
  cards: CardDraft[];
  /** Per check, how many candidate cards it rejected (a card failing two checks counts for both). */
  rejected: Record<CheckName, number>;
  candidates: number;
  /** The rejected candidates and the checks each failed, for reports. */
  rejectedCards: Array<{ card: CardDraft; failed: CheckName[] }>;
}

/** Keeps the cards that pass every check and counts the rejects per check. */
export function applyChecks(candidates: readonly CardDraft[], ctx: CheckContext): CheckedCards {
  const rejected = Object.fromEntries(CHECK_NAMES.map((n) => [n, 0])) as Record<CheckName, number>;
  const cards: CardDraft[] = [];
  const rejectedCards: CheckedCards["rejectedCards"] = [];
  for (const card of candidates) {
    const failed = failedChecks(card, ctx);
    for (const name of failed) rejected[name]++;
    if (failed.length === 0) cards.push(card);
    else rejectedCards.push({ card, failed });
  }
  return { cards, rejected, candidates: candidates.length, rejectedCards };
}
