import type { Db } from "@/lib/db/client";

/** Live reviews (not undone) of this user: what the settings page shows against the optimizer's minimum. */
export function countReviews(db: Db, userId: string): Promise<number> {
  return db.reviewLog.count({ where: { userId, undoneAt: null } });
}
