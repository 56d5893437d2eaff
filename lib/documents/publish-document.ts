// The uploader publishes (or unpublishes) their document: published documents and their facts
// are seen by everyone, unpublished ones by the uploader and their classes.
import { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";

export const publishSchema = z.object({ published: z.boolean() }).strict();

export async function setDocumentPublished(db: Db, viewer: Viewer, documentId: string, published: boolean) {
  const doc = await db.document.findUnique({ where: { id: documentId }, select: { origin: true, createdById: true } });
  if (!doc || (doc.origin !== "builtin" && doc.createdById !== viewer.id)) throw new HttpError(404, "not_found", "No such document.");
  if (doc.origin === "builtin") throw new HttpError(403, "builtin_read_only", "The built-in corpus is always public.");
  return db.document.update({ where: { id: documentId }, data: { published }, select: { id: true, published: true } });
}
