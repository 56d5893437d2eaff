// The roster of a class (instructor only) and removing a learner from it.
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { finalizeAttempt } from "@/lib/quiz/finalize";
import type { Viewer } from "@/lib/quiz/viewer";
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

/**
 * Marks the enrollment removed (history kept) and submits the learner's open attempts of the
 * class's assignments with what they answered, so a removed learner cannot keep answering.
 * 404 when the learner is not on the roster.
 */
export async function removeLearner(db: Db, viewer: Viewer, classId: string, userId: string, now: Date) {
  await requireInstructorOf(db, viewer, classId);
  const done = await db.enrollment.updateMany({ where: { classId, userId, removedAt: null }, data: { removedAt: now } });
  if (done.count === 0) throw new HttpError(404, "not_enrolled", "This learner is not in the class.");
  const open = await db.quizAttempt.findMany({
    where: { userId, status: "in_progress", assignment: { classId } },
    select: { id: true, deadline: true },
  });
  for (const attempt of open) await finalizeAttempt(db, attempt, now, false);
  return { removed: true, closedAttempts: open.length };
}
