// Authorization for classes, in one place. Everything a class owns (roster, assignments,
// gradebook, item analysis) is reached through one of these guards. A class the viewer may
// not see is reported as not found (404), so ids of other people's classes reveal nothing.
import { can } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import type { Viewer } from "@/lib/auth/viewer";

export function classNotFound(): HttpError {
  return new HttpError(404, "class_not_found", "No such class.");
}

/** The class, if the viewer is an instructor who owns it; else 403 (not an instructor) or 404. */
export async function requireInstructorOf(db: Db, viewer: Viewer, classId: string) {
  if (!can(viewer.role, "class:manage")) throw new HttpError(403, "forbidden", "Only instructors manage classes.");
  const cls = await db.class.findUnique({ where: { id: classId }, select: { id: true, name: true, ownerId: true, joinCode: true, createdAt: true } });
  if (!cls || cls.ownerId !== viewer.id) throw classNotFound();
  return cls;
}

/** True when the user is enrolled in the class and has not been removed. */
export async function isActiveMember(db: Db, userId: string, classId: string): Promise<boolean> {
  const e = await db.enrollment.findUnique({ where: { classId_userId: { classId, userId } }, select: { removedAt: true } });
  return !!e && e.removedAt === null;
}

/** The class, if the viewer owns it or is an active member of it; else 404. */
export async function requireMemberOrOwnerOf(db: Db, viewer: Viewer, classId: string) {
  const cls = await db.class.findUnique({ where: { id: classId }, select: { id: true, name: true, ownerId: true, joinCode: true, createdAt: true } });
  if (!cls) throw classNotFound();
  if (cls.ownerId === viewer.id) return { cls, owner: true as const };
  if (await isActiveMember(db, viewer.id, classId)) return { cls, owner: false as const };
  throw classNotFound();
}

export function assignmentNotFound(): HttpError {
  return new HttpError(404, "assignment_not_found", "No such assignment.");
}

const ASSIGNMENT_SELECT = {
  id: true, classId: true, kind: true, title: true, setId: true, quizId: true, opensAt: true, dueAt: true, lateUntil: true,
  timeLimitSec: true, targetReviews: true, targetMastery: true, createdAt: true,
  class: { select: { ownerId: true, name: true } },
} as const;

/** An assignment the viewer may see: they own its class, or are an active member of it. */
export async function requireAssignmentAccess(db: Db, viewer: Viewer, assignmentId: string) {
  const a = await db.assignment.findUnique({ where: { id: assignmentId }, select: ASSIGNMENT_SELECT });
  if (!a) throw assignmentNotFound();
  if (a.class.ownerId === viewer.id) return { assignment: a, owner: true as const };
  if (await isActiveMember(db, viewer.id, a.classId)) return { assignment: a, owner: false as const };
  throw assignmentNotFound();
}

/** An assignment whose class the viewer (an instructor) owns; else 403/404. */
export async function requireInstructorOfAssignment(db: Db, viewer: Viewer, assignmentId: string) {
  if (!can(viewer.role, "class:manage")) throw new HttpError(403, "forbidden", "Only instructors manage classes.");
  const a = await db.assignment.findUnique({ where: { id: assignmentId }, select: ASSIGNMENT_SELECT });
  if (!a || a.class.ownerId !== viewer.id) throw assignmentNotFound();
  return a;
}
