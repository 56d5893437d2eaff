// PUT /api/users/me/password — change one's password; every session (this one too) ends.
import { db } from "@/lib/db/client";
import { route } from "@/lib/http/handler";
import { LIMITS } from "@/lib/throttle/route-limits";
import { changePassword, changePasswordSchema } from "@/lib/users/change-password";

export const PUT = route({ auth: "user", limit: LIMITS.passwordCheck, body: changePasswordSchema, bodyLimit: 2048 }, async ({ viewer, body }) => {
  await changePassword(db, viewer.id, body);
  return new Response(null, { status: 204 });
});
