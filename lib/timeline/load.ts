import { jsonStrings } from "@/lib/cards/from-rows";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import { visibleFactWhere } from "@/lib/documents/visibility";
import type { TimelineFact } from "./build";

/** Approved dated facts with their document and number of studiable cards. */
export async function loadTimelineFacts(db: Db, viewer: Pick<Viewer, "id"> | null): Promise<TimelineFact[]> {
  const rows = await db.fact.findMany({
    where: { status: "approved", dateValue: { not: null }, datePrecision: { not: null }, ...visibleFactWhere(viewer) },
    select: {
      id: true, kind: true, dateValue: true, datePrecision: true, statement: true, actors: true,
      document: { select: { slug: true, title: true } },
      _count: { select: { cards: { where: { retired: false } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    dateValue: r.dateValue!,
    datePrecision: r.datePrecision as TimelineFact["datePrecision"],
    statement: r.statement,
    actors: jsonStrings(r.actors),
    documentSlug: r.document.slug,
    documentTitle: r.document.title,
    cardCount: r._count.cards,
  }));
}
