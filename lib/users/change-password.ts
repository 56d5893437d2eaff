// Changing one's password: the current one is checked, the new one stored, and every session
// (this one included) ends — whoever knew the old password is signed out everywhere.
import { z } from "zod";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { PASSWORD_MIN } from "./sign-up";

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "required").max(256, "too_long"),
  newPassword: z.string().min(PASSWORD_MIN, "too_short").max(256, "too_long"),
});

export async function changePassword(db: Db, userId: string, input: z.output<typeof changePasswordSchema>): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new HttpError(400, "invalid_input", "The current password is wrong.", { currentPassword: ["wrong_password"] });
  }
  await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
  });
}
