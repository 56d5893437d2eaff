// A learner's assignments across the classes they are in (removed enrollments excluded),
// with status and due dates, soonest due first.
import type { Db } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import { cellOf, loadProgress } from "./progress";

export async function listAssignmentsForLearner(db: Db, viewer: Viewer, now: Date) {
  const assignments = await db.assignment.findMany({
    where: { class: { enrollments: { some: { userId: viewer.id, removedAt: null } } } },
    orderBy: [{ dueAt: "asc" }, { title: "asc" }],
    select: {
      id: true, kind: true, title: true, setId: true, quizId: true, opensAt: true, dueAt: true, lateUntil: true, timeLimitSec: true,
      targetReviews: true, targetMastery: true, class: { select: { id: true, name: true } },
    },
  });
  const cells = await loadProgress(db, assignments, [viewer.id], now);
  return assignments.map((a) => ({ ...a, cell: cellOf(cells, a.id, viewer.id)! }));
}

/** Assignments of one class (owner or member), for the class page. */
export async function listClassAssignments(db: Db, classId: string) {
  return db.assignment.findMany({
    where: { classId },
    orderBy: [{ dueAt: "asc" }, { title: "asc" }],
    select: { id: true, kind: true, title: true, setId: true, quizId: true, opensAt: true, dueAt: true, lateUntil: true, timeLimitSec: true, targetReviews: true, targetMastery: true },
  });
}
