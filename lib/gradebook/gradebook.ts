// The gradebook of a class: learners × assignments with score, status and time spent.
// Instructor of the class only (requireInstructorOf).
import type { Db } from "@/lib/db/client";
import { requireInstructorOf } from "@/lib/classes/guards";
import { HttpError } from "@/lib/http/errors";
import { listClassAssignments } from "@/lib/assignments/list-for-learner";
import { cellOf, loadProgress, type Cell } from "@/lib/assignments/progress";
import type { Viewer } from "@/lib/auth/viewer";

export interface Gradebook {
  cls: { id: string; name: string };
  assignments: { id: string; title: string; kind: string; dueAt: Date }[];
  learners: { id: string; name: string; email: string; cells: Cell[] }[];
}

export async function buildGradebook(db: Db, viewer: Viewer, classId: string, now: Date): Promise<Gradebook> {
  const cls = await requireInstructorOf(db, viewer, classId);
  const [assignments, enrollments] = await Promise.all([
    listClassAssignments(db, classId),
    db.enrollment.findMany({ where: { classId, removedAt: null }, orderBy: { joinedAt: "asc" }, select: { user: { select: { id: true, name: true, email: true } } } }),
  ]);
  const users = enrollments.map((e) => e.user);
  const cells = await loadProgress(db, assignments, users.map((u) => u.id), now);
  return {
    cls: { id: cls.id, name: cls.name },
    assignments: assignments.map((a) => ({ id: a.id, title: a.title, kind: a.kind, dueAt: a.dueAt })),
    learners: users.map((u) => ({ ...u, cells: assignments.map((a) => cellOf(cells, a.id, u.id)!) })),
  };
}

/** One learner's row in detail: each assignment with every attempt. 404 unless on the roster. */
export async function learnerDetail(db: Db, viewer: Viewer, classId: string, userId: string, now: Date) {
  const book = await buildGradebook(db, viewer, classId, now);
  const learner = book.learners.find((l) => l.id === userId);
  if (!learner) throw new HttpError(404, "not_enrolled", "This learner is not in the class.");
  const attempts = await db.quizAttempt.findMany({
    where: { userId, assignment: { classId } },
    orderBy: { startedAt: "asc" },
    select: { id: true, assignmentId: true, status: true, startedAt: true, submittedAt: true, score: true, maxScore: true, autoSubmitted: true },
  });
  return { cls: book.cls, learner, assignments: book.assignments, attempts };
}
