import type { Db } from "@/lib/db/client";
import { publicSetWhere, visibleSetWhere } from "./visibility";

export interface SetForUser {
  id: string;
  slug: string | null;
  title: string;
  description: string;
  builtin: boolean;
  visibility: string;
  shareCode: string | null;
  ownerId: string | null;
  ownerName: string | null;
  /** The user may edit the set (its owner; nobody edits built-in sets). */
  canEdit: boolean;
  updatedAt: Date;
}

/** The set if `userId` may see it (see visibility.ts), else null. The share code is shown to the owner only. */
export async function getSetForUser(db: Db, setId: string, userId: string | null): Promise<SetForUser | null> {
  const set = await db.cardSet.findFirst({
    where: { AND: [{ id: setId }, userId ? visibleSetWhere(userId) : publicSetWhere] },
    include: { owner: { select: { name: true } } },
  });
  if (!set) return null;
  const owns = !!userId && set.ownerId === userId && !set.builtin;
  return {
    id: set.id,
    slug: set.slug,
    title: set.title,
    description: set.description,
    builtin: set.builtin,
    visibility: set.visibility,
    shareCode: owns ? set.shareCode : null,
    ownerId: set.ownerId,
    ownerName: set.owner?.name ?? null,
    canEdit: owns,
    updatedAt: set.updatedAt,
  };
}
