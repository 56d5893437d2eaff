import type { Db } from "@/lib/db/client";

export function listDocuments(db: Db) {
  return db.document.findMany({
    orderBy: [{ origin: "asc" }, { createdAt: "asc" }],
    select: { id: true, slug: true, title: true, publisher: true, publishedAt: true, publishedPrecision: true, origin: true, text: true },
  });
}

export function getDocumentBySlug(db: Db, slug: string) {
  return db.document.findUnique({ where: { slug } });
}
