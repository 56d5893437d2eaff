// The classes page: an instructor's own classes, or the classes a learner is in.
import { can } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer";

export async function listClasses(db: Db, viewer: Viewer) {
  if (can(viewer.role, "class:manage")) {
    const rows = await db.class.findMany({
      where: { ownerId: viewer.id },
      orderBy: { createdAt: "desc" },
      select: { id: true, name: true, joinCode: true, _count: { select: { enrollments: { where: { removedAt: null } }, assignments: true } } },
    });
    return rows.map((c) => ({ id: c.id, name: c.name, joinCode: c.joinCode as string | null, learners: c._count.enrollments, assignments: c._count.assignments }));
  }
  const rows = await db.enrollment.findMany({
    where: { userId: viewer.id, removedAt: null },
    orderBy: { joinedAt: "desc" },
    select: { class: { select: { id: true, name: true, _count: { select: { assignments: true } } } } },
  });
  return rows.map((r) => ({ id: r.class.id, name: r.class.name, joinCode: null, learners: null, assignments: r.class._count.assignments }));
}
