// An instructor assigns a set to study (a target of N reviews or a mastery share) or one of
// their quizzes to a class they own, with open and due dates and an optional time limit.
import { z } from "zod";
import { instant, singleLine } from "@/lib/validation/fields";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { requireInstructorOf } from "@/lib/classes/guards";
import { findUsableSet } from "@/lib/quiz/cards";
import type { Viewer } from "@/lib/auth/viewer";

const dateTime = instant();

export const createAssignmentSchema = z
  .object({
    title: singleLine(120),
    kind: z.enum(["study", "quiz"]),
    setId: z.string().min(1).max(64).optional(),
    quizId: z.string().min(1).max(64).optional(),
    opensAt: dateTime,
    dueAt: dateTime,
    /** Accept late work until then; null (the default) for none. */
    lateUntil: dateTime.nullable().default(null),
    timeLimitSec: z.number().int().min(10).max(6 * 3600).nullable().default(null),
    targetReviews: z.number().int().min(1).max(10_000).nullable().default(null),
    targetMastery: z.number().min(0.05).max(1).nullable().default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.dueAt.getTime() <= v.opensAt.getTime()) ctx.addIssue({ code: "custom", path: ["dueAt"], message: "due_before_open" });
    if (v.lateUntil && v.lateUntil.getTime() <= v.dueAt.getTime()) ctx.addIssue({ code: "custom", path: ["lateUntil"], message: "late_before_due" });
    if (v.kind === "quiz" && !v.quizId) ctx.addIssue({ code: "custom", path: ["quizId"], message: "required" });
    if (v.kind === "study") {
      if (!v.setId) ctx.addIssue({ code: "custom", path: ["setId"], message: "required" });
      if ((v.targetReviews == null) === (v.targetMastery == null)) ctx.addIssue({ code: "custom", path: ["targetReviews"], message: "one_target" });
    }
  });
export type CreateAssignmentInput = z.infer<typeof createAssignmentSchema>;

/** The quiz or set an assignment points at, checked: the instructor's own quiz, or a set they control. */
export async function resolveTarget(db: Db, viewer: Viewer, input: CreateAssignmentInput): Promise<{ setId: string | null; quizId: string | null }> {
  if (input.kind === "quiz") {
    const quiz = await db.quiz.findUnique({ where: { id: input.quizId ?? "" }, select: { id: true, ownerId: true, setId: true, practice: true } });
    // A practice quiz is its owner's own: it is never assigned (never in a gradebook).
    if (!quiz || quiz.ownerId !== viewer.id || quiz.practice) throw new HttpError(404, "quiz_not_found", "No such quiz.");
    return { setId: null, quizId: quiz.id };
  }
  const set = await findUsableSet(db, input.setId ?? "", viewer.id);
  if (!set) throw new HttpError(404, "set_not_found", "No such set.");
  // Learners study an assigned set through the class; only a set the instructor controls
  // (built-in or their own) can be assigned, so its owner can never un-share it from under
  // the class or widen it later. Someone else's public set is copied first.
  if (!set.builtin && set.ownerId !== viewer.id) {
    throw new HttpError(409, "copy_set_first", "Copy this set to your own sets before assigning it.");
  }
  return { setId: set.id, quizId: null };
}

/** The stored columns of a validated input (fields of the other kind are cleared). */
export function assignmentData(input: CreateAssignmentInput) {
  return {
    title: input.title, opensAt: input.opensAt, dueAt: input.dueAt, lateUntil: input.lateUntil,
    timeLimitSec: input.kind === "quiz" ? input.timeLimitSec : null,
    targetReviews: input.kind === "study" ? input.targetReviews : null,
    targetMastery: input.kind === "study" ? input.targetMastery : null,
  };
}

export async function createAssignment(db: Db, viewer: Viewer, classId: string, input: CreateAssignmentInput) {
  await requireInstructorOf(db, viewer, classId);
  const target = await resolveTarget(db, viewer, input);
  return db.assignment.create({
    data: { classId, kind: input.kind, ...target, ...assignmentData(input) },
    select: { id: true, title: true, kind: true },
  });
}
