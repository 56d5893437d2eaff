// Building a fact from a span of the cleaned text: its quote, statement and topics; shared by the passes
// that make facts (extract.ts for prose, ruling.ts for court judgments).
import type { ExtractedFact, FactDate } from "@/lib/facts/types";
import type { Span } from "./segment";
import { findTopics } from "./topics";

const CONNECTOR = /^(?:しかし|また|さらに|なお|ただし|ただ|一方で?|そして|これを受けて|これに対し|その後|実際に)(?![のにはがをもと])[，、,]?/;

/** YYYY, YYYY-MM or YYYY-MM-DD as a fact date of that precision. */
export function isoDate(value: string | null | undefined): FactDate | null {
  if (!value || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) return null;
  return { value, precision: value.length === 10 ? "day" : value.length === 7 ? "month" : "year" };
}

export function makeFact(
  text: string,
  kind: ExtractedFact["kind"],
  span: Span,
  date: FactDate | null,
  actors: string[],
  speaker: string | null,
): ExtractedFact {
  const quote = text.slice(span.start, span.end);
  return {
    kind,
    date,
    actors,
    speaker,
    text: statementOf(quote),
    headline: statementOf(quote),
    place: null,
    content: null,
    name: null,
    items: [],
    topics: findTopics(quote),
    quote,
    start: span.start,
    end: span.end,
  };
}

/** A short statement: the quote without leading connectives, line breaks or trailing punctuation. */
export function statementOf(quote: string): string {
  const flat = quote.replace(CONNECTOR, "").replace(/\s*\n\s*/g, " ").replace(/[，、,。]+$/, "");
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
}

/** Trims spaces, leading connectives and a trailing comma off a span. */
export function trimQuote(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  // A list mark or item number is not part of the statement: ・, 1 , (1), ①.
  const mark = /^(?:[・•●■◆]|[0-9０-９]{1,2}[ 　.．)）]|[（(][0-9０-９]{1,2}[）)]|[①-⑳])\s*/.exec(text.slice(start, end));
  if (mark && mark[0].length < end - start) start += mark[0].length;
  const connector = CONNECTOR.exec(text.slice(start, end));
  if (connector && connector[0].length < end - start) start += connector[0].length;
  while (end > start && /[\s，、,]/.test(text[end - 1]!)) end--;
  return { start, end };
}

