// Creating, changing, sharing and deleting one's own sets.
import crypto from "node:crypto";
import { z } from "zod";
import { multiLine, singleLine } from "@/lib/validation/fields";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { requireOwnedSet } from "./owned";
import { publicSetWhere, SET_VISIBILITIES } from "./visibility";

export const setFieldsSchema = z.object({
  title: singleLine(120),
  description: multiLine(1000, { min: 0 }).default(""),
});
export const setUpdateSchema = z.object({
  title: singleLine(120).optional(),
  description: multiLine(1000, { min: 0 }).optional(),
  visibility: z.enum(SET_VISIBILITIES).optional(),
});

export async function createSet(db: Db, userId: string, input: z.infer<typeof setFieldsSchema>) {
  return db.cardSet.create({ data: { ...input, ownerId: userId, visibility: "private" }, select: { id: true } });
}

function newShareCode(): string {
  return crypto.randomBytes(12).toString("base64url");
}

/** Changes title/description/visibility; "shared" gives the set a share code, "private" revokes it. */
export async function updateSet(db: Db, userId: string, setId: string, input: z.infer<typeof setUpdateSchema>) {
  const set = await requireOwnedSet(db, setId, userId);
  const shareCode =
    input.visibility === undefined ? undefined : input.visibility === "private" ? null : (set.shareCode ?? newShareCode());
  return db.cardSet.update({
    where: { id: setId },
    data: { title: input.title, description: input.description, visibility: input.visibility, shareCode },
    select: { id: true, visibility: true, shareCode: true },
  });
}

/** Deletes an owned set — unless quizzes or assignments use it: their attempts and grades
 *  depend on it (the schema restricts the delete too). Learners' practice quizzes of the set
 *  (never graded) do not keep it: they go with it, in the same transaction. */
export async function deleteSet(db: Db, userId: string, setId: string) {
  await requireOwnedSet(db, setId, userId);
  const [quizzes, assignments] = await Promise.all([db.quiz.count({ where: { setId, practice: false } }), db.assignment.count({ where: { setId } })]);
  if (quizzes + assignments > 0) {
    throw new HttpError(409, "set_in_use", "Quizzes or class assignments use this set; it cannot be deleted.", { quizzes, assignments });
  }
  await db.$transaction([db.quiz.deleteMany({ where: { setId, practice: true } }), db.cardSet.delete({ where: { id: setId } })]);
}

/** A set reached by its share link (shared or public), or null. */
export async function getSharedSet(db: Db, code: string) {
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(code)) return null;
  return db.cardSet.findFirst({
    where: { shareCode: code, OR: [{ visibility: "shared" }, publicSetWhere] },
    select: { id: true, title: true, description: true, owner: { select: { name: true } }, _count: { select: { cards: true } } },
  });
}

/** Copies a set the user may see (or reach by share code) into a new private set of theirs; the cards are shared, not duplicated. */
export async function copySet(db: Db, userId: string, source: { setId?: string; shareCode?: string }, visibleSetId: string | null) {
  const set = source.shareCode ? await getSharedSet(db, source.shareCode) : null;
  const id = set?.id ?? visibleSetId;
  if (!id) throw new HttpError(404, "set_not_found", "No such set.");
  const original = await db.cardSet.findUniqueOrThrow({ where: { id }, include: { cards: { where: { card: { retired: false } }, orderBy: { position: "asc" } } } });
  return db.cardSet.create({
    data: {
      title: original.title,
      description: original.description,
      ownerId: userId,
      visibility: "private",
      cards: { createMany: { data: original.cards.map((c, position) => ({ cardId: c.cardId, position })) } },
    },
    select: { id: true },
  });
}
