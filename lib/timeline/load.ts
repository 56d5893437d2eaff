import { jsonStrings } from "@/lib/cards/from-rows";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import { visibleFactWhere } from "@/lib/documents/visibility";
import type { TimelineFact } from "./build";

/** Approved dated facts the viewer may see, with their document and number of studiable cards, in a stable order. */
export async function loadTimelineFacts(db: Db, viewer: Pick<Viewer, "id"> | null): Promise<TimelineFact[]> {
  const rows = await db.fact.findMany({
    where: { status: "approved", dateValue: { not: null }, datePrecision: { not: null }, ...visibleFactWhere(viewer) },
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
