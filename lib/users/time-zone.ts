// The zone a user's dates are shown and typed in: their settings (Asia/Tokyo by default).
import type { Db } from "@/lib/db/client";

export async function userTimeZone(db: Db, userId: string): Promise<string> {
  const u = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  return u?.timeZone ?? "Asia/Tokyo";
}
