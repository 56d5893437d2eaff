// Ending every session of a user at once: session tokens carry the user's sessionVersion and
// are refused when the row's is newer (lib/auth/session.ts).
import type { Db } from "@/lib/db/client";

/** Bumps the user's session version; a missing user is not an error (already gone). */
export async function endSessions(db: Db, userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
