// Removing a learner from a class: the roster (lib/classes) and the quiz attempts of the class's
// assignments (lib/quiz) together, so it lives here above both.
import type { Viewer } from "@/lib/auth/viewer";
import { requireInstructorOf } from "@/lib/classes/guards";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { finalizeAttempt } from "@/lib/quiz/finalize";

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
