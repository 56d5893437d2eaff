// The one authorization check for changing a set: it exists, the user may see it, and owns it.
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { getSetForUser } from "./get-for-user";

export async function requireOwnedSet(db: Db, setId: string, userId: string) {
  const set = await getSetForUser(db, setId, userId);
  if (!set) throw new HttpError(404, "set_not_found", "No such set.");
  if (!set.canEdit) throw new HttpError(403, "forbidden", "Only the set's owner may change it.");
  return set;
}
