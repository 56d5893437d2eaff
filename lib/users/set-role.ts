// Changing a user's role (an operator's action: `npm run user:role -- EMAIL ROLE`). The user's
// sessions end, so no token keeps the old role's permissions.
import type { Role } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";

export async function setRole(db: Db, email: string, role: Role): Promise<{ id: string; role: Role }> {
  const done = await db.user.updateMany({
    where: { email: email.trim().toLowerCase() },
    data: { role, sessionVersion: { increment: 1 } },
  });
  if (done.count === 0) throw new HttpError(404, "user_not_found", "No such user.");
  const user = await db.user.findUniqueOrThrow({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  return { id: user.id, role };
}
