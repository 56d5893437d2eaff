import { jsonStrings } from "@/lib/cards/from-rows";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import { visibleFactWhere } from "@/lib/documents/visibility";
import type { PositionFact } from "./build";

/** Approved position facts with a side, their document and number of studiable cards. */
export async function loadPositionFacts(db: Db, viewer: Pick<Viewer, "id"> | null): Promise<PositionFact[]> {
  const rows = await db.fact.findMany({
    where: { status: "approved", kind: "position", ...visibleFactWhere(viewer) },
    orderBy: [{ documentId: "asc" }, { start: "asc" }],
    select: {
      id: true, speaker: true, statement: true, actors: true, topics: true, dateValue: true,
      document: { select: { slug: true } },
      _count: { select: { cards: { where: { retired: false } } } },
    },
  });
  return rows.flatMap((r) => {
    const side = jsonStrings(r.actors)[0];
    if (!side) return [];
    return [{ id: r.id, side, speaker: r.speaker, statement: r.statement, topics: jsonStrings(r.topics), dateValue: r.dateValue, documentSlug: r.document.slug, cardCount: r._count.cards }];
  });
}
