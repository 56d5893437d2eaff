// The timeline: dated facts grouped by year and month, optionally only those of one actor.
// Each entry shows the fact's headline; near-duplicates (one event told twice, in two
// documents or two sentences) are merged into one entry that links to every source. Pure.
import { closeClause, readableTitle } from "@/lib/cards/text-rules";
import { compareFactDates } from "@/lib/cards/dates";

export interface TimelineFact {
  id: string;
  kind: string;
  dateValue: string;
  datePrecision: "year" | "month" | "day";
  statement: string;
  /** Short who–what–where summary; empty when extraction made none (the statement is shown). */
  headline: string;
  actors: string[];
  documentId: string;
  documentSlug: string;
  documentTitle: string;
  start: number;
  end: number;
  cardCount: number;
}

/** One event on the timeline: a fact, with the facts that tell the same event merged in. */
export interface TimelineEntry {
  id: string;
  dateValue: string;
  datePrecision: TimelineFact["datePrecision"];
  title: string;
  actors: string[];
  /** Where to read it: the fact's own source first, then those of merged duplicates. */
  sources: { factId: string; documentSlug: string; documentTitle: string }[];
  /** The fact whose cards the entry links to, and how many cards it has. */
  cardFactId: string;
  cardCount: number;
}

export interface TimelineMonth {
  /** "01".."12", or null for facts dated to the year only. */
  month: string | null;
  facts: TimelineEntry[];
}

export interface TimelineYear {
  year: string;
  months: TimelineMonth[];
}

export function buildTimeline(facts: readonly TimelineFact[], actor?: string | null): { years: TimelineYear[]; actors: string[] } {
  const actors = [...new Set(facts.flatMap((f) => f.actors))].sort((a, b) => countOf(facts, b) - countOf(facts, a) || (a < b ? -1 : 1));
  const chosen = actor ? facts.filter((f) => f.actors.includes(actor)) : [...facts];
  chosen.sort(
    (a, b) =>
      compareFactDates({ value: a.dateValue, precision: a.datePrecision }, { value: b.dateValue, precision: b.datePrecision }) ||
      (a.id < b.id ? -1 : 1),
  );
  const years: TimelineYear[] = [];
  for (const f of mergeNearDuplicates(chosen)) {
    const year = f.dateValue.slice(0, 4);
    const month = f.datePrecision === "year" ? null : f.dateValue.slice(5, 7);
    let y = years[years.length - 1];
    if (!y || y.year !== year) years.push((y = { year, months: [] }));
    let m = y.months.find((x) => x.month === month);
    if (!m) y.months.push((m = { month, facts: [] }));
    m.facts.push(f);
  }
  for (const y of years) y.months.sort((a, b) => (a.month ?? "00").localeCompare(b.month ?? "00"));
  return { years, actors };
}

function countOf(facts: readonly TimelineFact[], actor: string): number {
  return facts.filter((f) => f.actors.includes(actor)).length;
}

/** The headline when it reads as a whole phrase; else the fact's own sentence (never a fragment like 「…を受けて」). */
const titleOf = (f: TimelineFact) => readableTitle(f.headline) ?? closeClause(f.statement);

/**
 * Text compared for near-duplicates: no spaces or punctuation, full-width folded, and a name given with
 * its acronym (大陸間弾道ミサイル（ICBM）) as the acronym alone, as another document may write it.
 */
function comparable(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\p{sc=Han}\p{sc=Katakana}ー]+\(([A-Z][A-Z0-9]{1,9})\)/gu, "$1")
    .replace(/[\s\p{P}\p{S}]/gu, "");
}

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

/** Share of character pairs two titles have in common (Dice coefficient), 0..1. */
export function titleSimilarity(a: string, b: string): number {
  const x = bigrams(comparable(a));
  const y = bigrams(comparable(b));
  if (!x.size || !y.size) return comparable(a) === comparable(b) ? 1 : 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** Dice coefficient above which two titles on one date are the same event told twice. */
export const NEAR_DUPLICATE_SIMILARITY = 0.6;

/** Same date, and the same source span, or titles that contain one another or nearly agree. */
export function isNearDuplicate(a: TimelineFact, b: TimelineFact): boolean {
  if (a.dateValue !== b.dateValue || a.datePrecision !== b.datePrecision) return false;
  if (a.documentId === b.documentId && a.start < b.end && b.start < a.end) return true;
  const x = comparable(titleOf(a));
  const y = comparable(titleOf(b));
  if (!x || !y) return false;
  if (x.includes(y) || y.includes(x)) return true;
  return titleSimilarity(x, y) >= NEAR_DUPLICATE_SIMILARITY;
}

/** Merges near-duplicates into the first of them (input in timeline order; order kept). */
export function mergeNearDuplicates(facts: readonly TimelineFact[]): TimelineEntry[] {
  const groups: TimelineFact[][] = [];
  for (const f of facts) {
    const group = groups.find((g) => g.some((other) => isNearDuplicate(other, f)));
    if (group) group.push(f);
    else groups.push([f]);
  }
  return groups.map((group) => {
    const [first] = group as [TimelineFact, ...TimelineFact[]];
    // The entry reads best with the shortest real headline; the cards are those of the fact with most.
    const titled = group.filter((f) => f.headline.trim());
    const title = titled.length ? titleOf(titled.reduce((a, b) => (titleOf(b).length < titleOf(a).length ? b : a))) : titleOf(first);
    const withCards = group.reduce((a, b) => (b.cardCount > a.cardCount ? b : a));
    return {
      id: first.id,
      dateValue: first.dateValue,
      datePrecision: first.datePrecision,
      title,
      actors: [...new Set(group.flatMap((f) => f.actors))],
      sources: group.map((f) => ({ factId: f.id, documentSlug: f.documentSlug, documentTitle: f.documentTitle })),
      cardFactId: withCards.id,
      cardCount: withCards.cardCount,
    };
  });
}
