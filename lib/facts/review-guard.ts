// Who may change a document's facts: instructors, for the built-in corpus and for the
// documents they uploaded.
import type { Viewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";

export function mayReviewDocument(user: Viewer | null, doc: { origin: string; createdById: string | null }): boolean {
  return !!user && can(user.role, "fact:review") && (doc.origin === "builtin" || doc.createdById === user.id);
}

export async function requireDocumentReviewer(db: Db, user: Viewer, documentId: string) {
  const doc = await db.document.findUnique({ where: { id: documentId }, select: { id: true, origin: true, createdById: true, text: true } });
  if (!doc) throw new HttpError(404, "not_found", "No such document.");
  if (!mayReviewDocument(user, doc)) throw new HttpError(403, "forbidden", "You may not review this document's facts.");
  return doc;
}
