// Who may change a document's facts: the instructor who uploaded it. The built-in corpus is
// shared by everyone and its facts are checked against gold fixtures, so nobody edits it in
// place; an instructor who wants different facts imports the text as their own document
// (docs/decisions/0008-document-visibility.md).
import { can } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";

export function mayReviewDocument(user: Viewer | null, doc: { origin: string; createdById: string | null }): boolean {
  return !!user && can(user.role, "fact:review") && doc.origin !== "builtin" && doc.createdById === user.id;
}

export async function requireDocumentReviewer(db: Db, user: Viewer, documentId: string) {
  const doc = await db.document.findUnique({ where: { id: documentId }, select: { id: true, origin: true, createdById: true, text: true } });
  if (!doc) throw new HttpError(404, "not_found", "No such document.");
  if (doc.origin === "builtin") {
    throw new HttpError(403, "builtin_read_only", "The built-in corpus is shared by everyone and cannot be edited; import the text as your own document to change its facts.");
  }
  if (!mayReviewDocument(user, doc)) throw new HttpError(403, "forbidden", "You may not review this document's facts.");
  return doc;
}
