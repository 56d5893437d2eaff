import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import { visibleDocumentWhere } from "./visibility";

/** The documents the viewer may see (lib/documents/visibility.ts). */
export function listDocuments(db: Db, viewer: Pick<Viewer, "id"> | null) {
  return db.document.findMany({
    where: visibleDocumentWhere(viewer),
    orderBy: [{ origin: "asc" }, { createdAt: "asc" }],
    select: { id: true, slug: true, title: true, publisher: true, publishedAt: true, publishedPrecision: true, origin: true, text: true },
  });
}

export function getDocumentBySlug(db: Db, slug: string, viewer: Pick<Viewer, "id"> | null) {
  return db.document.findFirst({ where: { slug, ...visibleDocumentWhere(viewer) } });
}
