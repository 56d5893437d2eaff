// The roster of a class (instructor only).
import type { Db } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import { requireInstructorOf } from "./guards";

export async function getRoster(db: Db, viewer: Viewer, classId: string) {
  const cls = await requireInstructorOf(db, viewer, classId);
  const rows = await db.enrollment.findMany({
    where: { classId, removedAt: null },
    orderBy: { joinedAt: "asc" },
    select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return { cls, learners: rows.map((r) => ({ ...r.user, joinedAt: r.joinedAt })) };
}
