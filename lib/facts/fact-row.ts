// The Fact row for an extracted fact: one mapping from the extractor's shape to the table.
import type { ExtractedFact } from "./types";

export function factRowData(
  documentId: string,
  f: ExtractedFact,
  { fingerprint, status }: { fingerprint: string; status: "pending" | "approved" },
) {
  return {
    documentId,
    kind: f.kind,
    dateValue: f.date?.value ?? null,
    datePrecision: f.date?.precision ?? null,
    actors: f.actors,
    speaker: f.speaker,
    statement: f.text,
    headline: f.headline,
    place: f.place,
    content: f.content,
    name: f.name,
    items: f.items,
    topics: f.topics,
    start: f.start,
    end: f.end,
    quote: f.quote,
    status,
    origin: "extracted",
    fingerprint,
  };
}
