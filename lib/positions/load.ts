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
      id: true, speaker: true, statement: true, headline: true, content: true, quote: true, actors: true, topics: true, dateValue: true,
      document: { select: { slug: true } },
      _count: { select: { cards: { where: { retired: false } } } },
    },
  });
  return rows.flatMap((r) => {
    const actors = jsonStrings(r.actors);
    const side = actors[0];
    if (!side) return [];
    return [{
      id: r.id, side, actors, speaker: r.speaker, statement: r.statement, headline: r.headline, content: r.content, quote: r.quote,
      topics: jsonStrings(r.topics), dateValue: r.dateValue, documentSlug: r.document.slug, cardCount: r._count.cards,
    }];
  });
}
