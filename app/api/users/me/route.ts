// DELETE /api/users/me — delete one's own account (password required); every session ends.
import { db } from "@/lib/db/client";
import { route } from "@/lib/http/handler";
import { LIMITS } from "@/lib/throttle/route-limits";
import { deleteAccount, deleteAccountSchema } from "@/lib/users/delete-account";

export const DELETE = route({ auth: "user", limit: LIMITS.passwordCheck, body: deleteAccountSchema, bodyLimit: 2048 }, async ({ viewer, body }) => {
  await deleteAccount(db, viewer.id, body);
  return new Response(null, { status: 204 });
});
