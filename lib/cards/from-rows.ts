// Stored rows → the plain inputs of generateCards (facts and ruby readings).
import type { DatePrecision, FactKind, RubyAnnotation } from "@/lib/facts/types";
import type { RubyReading, SourceFact } from "./types";

export interface FactRow {
  id: string;
  documentId: string;
  kind: string;
  dateValue: string | null;
  datePrecision: string | null;
  actors: unknown;
  speaker: string | null;
  statement: string;
  name: string | null;
  items: unknown;
  topics: unknown;
  quote: string;
  headline: string;
  place: string | null;
  content: string | null;
  start: number;
  end: number;
}

export function jsonStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export function factRowToSource(row: FactRow): SourceFact {
  return {
    id: row.id,
    documentId: row.documentId,
    kind: row.kind as FactKind,
    date: row.dateValue && row.datePrecision ? { value: row.dateValue, precision: row.datePrecision as DatePrecision } : null,
    actors: jsonStrings(row.actors),
    speaker: row.speaker,
    text: row.statement,
    headline: row.headline || row.statement,
    place: row.place,
    content: row.content,
    name: row.name,
    items: jsonStrings(row.items),
    topics: jsonStrings(row.topics),
    quote: row.quote,
    start: row.start,
    end: row.end,
  };
}

const SENTENCE_END = /[。！？!?\n]/;

/** The sentence of `text` around [start, end): from after the previous 。 to the next one inclusive. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number; quote: string } {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1] ?? "")) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e] ?? "")) e++;
  if (e < text.length && text[e] !== "\n") e++;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  return { start: s, end: e, quote: text.slice(s, e) };
}

/** Ruby readings of a document (annotations.ruby), each citing the sentence it stands in. */
export function rubyReadingsOf(documentId: string, text: string, annotations: unknown): RubyReading[] {
  const ruby = (annotations as { ruby?: RubyAnnotation[] } | null)?.ruby ?? [];
  return ruby
    .filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end) && r.start < r.end && r.end <= text.length)
    .map((r) => {
      const sentence = sentenceAround(text, r.start, r.end);
      return { documentId, reading: r.reading, base: text.slice(r.start, r.end), quote: sentence.quote, start: r.start, end: r.end };
    });
}
