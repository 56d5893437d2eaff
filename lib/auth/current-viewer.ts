// Whether a session token still holds: its user exists with the same sessionVersion.
import type { Db } from "@/lib/db/client";
import { isRole } from "./roles";
import type { Viewer } from "./viewer";

/** A decoded, signed session token, not yet compared with the user row. */
export interface SessionToken {
  id: string;
  sessionVersion: number;
}

/** The viewer for a token, if the user still exists with the token's session version; one
 *  select by primary key. The role is the row's, so it is never older than the check. */
export async function currentViewerFor(database: Db, token: SessionToken): Promise<Viewer | null> {
  const row = await database.user.findUnique({ where: { id: token.id }, select: { role: true, sessionVersion: true } });
  if (!row || row.sessionVersion !== token.sessionVersion) return null;
  return { id: token.id, role: isRole(row.role) ? row.role : "learner" };
}
