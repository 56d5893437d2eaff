import { jsonStrings } from "@/lib/cards/from-rows";
import type { Db } from "@/lib/db/client";
import type { TimelineFact } from "./build";

/** Approved dated facts with their document and number of studiable cards, in a stable order. */
export async function loadTimelineFacts(db: Db): Promise<TimelineFact[]> {
  const rows = await db.fact.findMany({
    where: { status: "approved", dateValue: { not: null }, datePrecision: { not: null } },
    orderBy: [{ documentId: "asc" }, { start: "asc" }],
    select: {
      id: true, kind: true, dateValue: true, datePrecision: true, statement: true, headline: true, actors: true, start: true, end: true,
      documentId: true, document: { select: { slug: true, title: true } },
      _count: { select: { cards: { where: { retired: false } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    dateValue: r.dateValue!,
    datePrecision: r.datePrecision as TimelineFact["datePrecision"],
    statement: r.statement,
    headline: r.headline,
    actors: jsonStrings(r.actors),
    documentId: r.documentId,
    start: r.start,
    end: r.end,
    documentSlug: r.document.slug,
    documentTitle: r.document.title,
    cardCount: r._count.cards,
  }));
}
