// How many facts still wait for review, per document the viewer may review (their own uploads).
import { can } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";

export async function pendingFactCounts(db: Db, viewer: Viewer | null): Promise<Map<string, number>> {
  if (!viewer || !can(viewer.role, "fact:review")) return new Map();
  const rows = await db.fact.groupBy({
    by: ["documentId"],
    where: { status: "pending", document: { createdById: viewer.id, origin: { not: "builtin" } } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.documentId, r._count._all]));
}
