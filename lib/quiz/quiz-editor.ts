// Who may preview and change a quiz's questions: its author, and the instructors of the classes
// it is assigned in. Anyone else is told the quiz does not exist (404), so ids reveal nothing.
import { can } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { quizNotFound } from "./start-attempt";

export async function requireQuizEditor(db: Db, viewer: Viewer, quizId: string) {
  if (!can(viewer.role, "quiz:create")) throw new HttpError(403, "forbidden", "Only instructors edit quizzes.");
  const quiz = await db.quiz.findUnique({ where: { id: quizId } });
  if (!quiz) throw quizNotFound();
  if (quiz.ownerId === viewer.id) return quiz;
  const assignedInMyClass = await db.assignment.findFirst({ where: { quizId, class: { ownerId: viewer.id } }, select: { id: true } });
  if (!assignedInMyClass) throw quizNotFound();
  return quiz;
}
