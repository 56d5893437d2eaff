// The timeline: dated facts grouped by year and month, optionally only those of one actor. Pure.
import { compareFactDates } from "@/lib/cards/dates";

export interface TimelineFact {
  id: string;
  kind: string;
  dateValue: string;
  datePrecision: "year" | "month" | "day";
  statement: string;
  actors: string[];
  documentSlug: string;
  documentTitle: string;
  cardCount: number;
}

export interface TimelineMonth {
  /** "01".."12", or null for facts dated to the year only. */
  month: string | null;
  facts: TimelineFact[];
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
  for (const f of chosen) {
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
