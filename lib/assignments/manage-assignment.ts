// An instructor edits, deletes or duplicates an assignment of a class they own. Deleting one
// that learners already attempted removes those attempts from the gradebook, so it needs an
// explicit confirmation (409 has_attempts otherwise).
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { requireInstructorOf, requireInstructorOfAssignment } from "@/lib/classes/guards";
import { HttpError } from "@/lib/http/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { assignmentData, resolveTarget, type CreateAssignmentInput } from "./create-assignment";

export async function updateAssignment(db: Db, viewer: Viewer, assignmentId: string, input: CreateAssignmentInput) {
  const a = await requireInstructorOfAssignment(db, viewer, assignmentId);
  if (input.kind !== a.kind) throw new HttpError(400, "invalid_input", "The kind of an assignment cannot change.", { kind: ["fixed"] });
  const target = await resolveTarget(db, viewer, input);
  return db.assignment.update({ where: { id: a.id }, data: { ...target, ...assignmentData(input) }, select: { id: true, title: true, kind: true } });
}

export const deleteAssignmentSchema = z.object({ confirmAttempts: z.boolean().default(false) }).strict();

export async function deleteAssignment(db: Db, viewer: Viewer, assignmentId: string, input: z.infer<typeof deleteAssignmentSchema>) {
  const a = await requireInstructorOfAssignment(db, viewer, assignmentId);
  const attempts = await db.quizAttempt.count({ where: { assignmentId: a.id } });
  if (attempts > 0 && !input.confirmAttempts) throw new HttpError(409, "has_attempts", `This assignment has ${attempts} attempts.`, { attempts });
  await db.$transaction([db.quizAttempt.deleteMany({ where: { assignmentId: a.id } }), db.assignment.delete({ where: { id: a.id } })]);
  return { deleted: true, attempts };
}

export const duplicateAssignmentSchema = z.object({ classId: z.string().min(1).max(64) }).strict();

/** A copy in another class the instructor owns (same dates and rules; no extensions, no attempts). */
export async function duplicateAssignment(db: Db, viewer: Viewer, assignmentId: string, input: z.infer<typeof duplicateAssignmentSchema>) {
  const a = await requireInstructorOfAssignment(db, viewer, assignmentId);
  await requireInstructorOf(db, viewer, input.classId);
  const src = await db.assignment.findUniqueOrThrow({ where: { id: a.id } });
  return db.assignment.create({
    data: {
      classId: input.classId, kind: src.kind, title: src.title, setId: src.setId, quizId: src.quizId, opensAt: src.opensAt, dueAt: src.dueAt,
      lateUntil: src.lateUntil, timeLimitSec: src.timeLimitSec, targetReviews: src.targetReviews, targetMastery: src.targetMastery,
    },
    select: { id: true, title: true, classId: true },
  });
}

export const extensionSchema = z
  .object({
    userId: z.string().min(1).max(64),
    /** The learner's own due date; null removes the extension. */
    dueAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)).nullable(),
  })
  .strict();

/** Sets (or clears) one learner's due date. The learner must be on the class's roster. */
export async function setExtension(db: Db, viewer: Viewer, assignmentId: string, input: z.infer<typeof extensionSchema>) {
  const a = await requireInstructorOfAssignment(db, viewer, assignmentId);
  const member = await db.enrollment.findUnique({ where: { classId_userId: { classId: a.classId, userId: input.userId } }, select: { removedAt: true } });
  if (!member || member.removedAt) throw new HttpError(404, "not_enrolled", "This learner is not in the class.");
  const where = { assignmentId_userId: { assignmentId: a.id, userId: input.userId } };
  if (input.dueAt === null) {
    await db.assignmentExtension.deleteMany({ where: { assignmentId: a.id, userId: input.userId } });
    return { userId: input.userId, dueAt: null };
  }
  if (input.dueAt.getTime() <= a.opensAt.getTime()) throw new HttpError(400, "invalid_input", "The due date must be after the assignment opens.", { dueAt: ["due_before_open"] });
  const row = await db.assignmentExtension.upsert({ where, create: { assignmentId: a.id, userId: input.userId, dueAt: input.dueAt }, update: { dueAt: input.dueAt }, select: { userId: true, dueAt: true } });
  return row;
}

/** The class's learners with their extension on this assignment, for its page. */
export async function listExtensions(db: Db, viewer: Viewer, assignmentId: string) {
  const a = await requireInstructorOfAssignment(db, viewer, assignmentId);
  const [learners, extensions] = await Promise.all([
    db.enrollment.findMany({ where: { classId: a.classId, removedAt: null }, orderBy: { joinedAt: "asc" }, select: { user: { select: { id: true, name: true } } } }),
    db.assignmentExtension.findMany({ where: { assignmentId: a.id }, select: { userId: true, dueAt: true } }),
  ]);
  const byUser = new Map(extensions.map((e) => [e.userId, e.dueAt]));
  return learners.map(({ user }) => ({ id: user.id, name: user.name, dueAt: byUser.get(user.id) ?? null }));
}
