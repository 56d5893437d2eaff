// What the reader shows: the document, and its facts — approved ones for everyone, every
// fact (with its review status) for those who may review them.
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import type { RubyAnnotation, TextBlock } from "@/lib/facts/types";
import { mayReviewDocument } from "@/lib/facts/review-guard";
import { visibleDocumentWhere } from "./visibility";

export interface ReaderFact {
  id: string;
  kind: string;
  dateValue: string | null;
  datePrecision: string | null;
  actors: string[];
  speaker: string | null;
  statement: string;
  name: string | null;
  items: string[];
  topics: string[];
  start: number;
  end: number;
  quote: string;
  status: string;
  origin: string;
  edited: boolean;
}

export async function getReaderData(db: Db, slug: string, user: Viewer | null) {
  const doc = await db.document.findFirst({ where: { slug, ...visibleDocumentWhere(user) } });
  if (!doc) return null;
  const canReview = mayReviewDocument(user, doc);
  const facts = await db.fact.findMany({
    where: { documentId: doc.id, ...(canReview ? {} : { status: "approved" }) },
    orderBy: [{ start: "asc" }, { end: "asc" }],
  });
  const annotations = doc.annotations as { ruby?: RubyAnnotation[]; blocks?: TextBlock[] };
  return {
    doc: { id: doc.id, slug: doc.slug, title: doc.title, publisher: doc.publisher, publishedAt: doc.publishedAt, publishedPrecision: doc.publishedPrecision, origin: doc.origin, text: doc.text },
    ruby: annotations.ruby ?? [],
    blocks: annotations.blocks ?? [],
    canReview,
    facts: facts.map(
      (f): ReaderFact => ({
        id: f.id,
        kind: f.kind,
        dateValue: f.dateValue,
        datePrecision: f.datePrecision,
        actors: f.actors as string[],
        speaker: f.speaker,
        statement: f.statement,
        name: f.name,
        items: f.items as string[],
        topics: f.topics as string[],
        start: f.start,
        end: f.end,
        quote: f.quote,
        status: f.status,
        origin: f.origin,
        edited: f.edited,
      }),
    ),
  };
}
