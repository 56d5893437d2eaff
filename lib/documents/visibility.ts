// Who sees a document (and so its text and its facts): the built-in corpus and published
// documents, everyone; an unpublished upload, its uploader and the active learners of the
// uploader's classes (docs/decisions/0008-document-visibility.md). One Prisma filter, used by
// every list and page that shows documents or facts.
import type { Prisma } from "@/generated/sqlite/client";
import type { Viewer } from "@/lib/auth/viewer";

export function visibleDocumentWhere(viewer: Pick<Viewer, "id"> | null): Prisma.DocumentWhereInput {
  const open: Prisma.DocumentWhereInput[] = [{ origin: "builtin" }, { published: true }];
  if (!viewer) return { OR: open };
  return {
    OR: [
      ...open,
      { createdById: viewer.id },
      { createdBy: { ownedClasses: { some: { enrollments: { some: { userId: viewer.id, removedAt: null } } } } } },
    ],
  };
}

/** Facts of documents the viewer may see. */
export function visibleFactWhere(viewer: Pick<Viewer, "id"> | null): Prisma.FactWhereInput {
  return { document: visibleDocumentWhere(viewer) };
}
