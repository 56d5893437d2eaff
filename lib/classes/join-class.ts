// A learner joins a class with its code. A wrong code is 404 and writes nothing; joining
// twice is harmless; a learner the instructor removed cannot re-join with the code.
import { z } from "zod";
import { can } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { HttpError } from "@/lib/http/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { normalizeJoinCode } from "./join-code";

export const joinClassSchema = z.object({ code: z.string().max(32) }).strict();

export async function joinClass(db: Db, viewer: Viewer, rawCode: string) {
  if (!can(viewer.role, "class:join")) throw new HttpError(403, "forbidden", "Only learners join classes.");
  const code = normalizeJoinCode(rawCode);
  const cls = code ? await db.class.findUnique({ where: { joinCode: code }, select: { id: true, name: true, ownerId: true } }) : null;
  if (!cls) throw new HttpError(404, "invalid_code", "No class has this code.");
  const key = { classId_userId: { classId: cls.id, userId: viewer.id } };
  let existing = await db.enrollment.findUnique({ where: key, select: { removedAt: true } });
  if (!existing) {
    try {
      await db.enrollment.create({ data: { classId: cls.id, userId: viewer.id } });
    } catch (error) {
      // Joined twice at once (two clicks, two tabs): the other request enrolled first.
      if (!isUniqueViolation(error)) throw error;
      existing = await db.enrollment.findUnique({ where: key, select: { removedAt: true } });
      if (!existing) throw error;
    }
  }
  if (existing?.removedAt) throw new HttpError(403, "removed", "You were removed from this class.");
  return { classId: cls.id, name: cls.name, alreadyMember: !!existing };
}

/** For the /join/<code> page: the class's name, or null for a wrong code. */
export async function findClassByCode(db: Db, rawCode: string) {
  const code = normalizeJoinCode(rawCode);
  return code ? db.class.findUnique({ where: { joinCode: code }, select: { id: true, name: true, owner: { select: { name: true } } } }) : null;
}
