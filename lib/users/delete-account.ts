// Deleting one's account, confirmed with the password. The row goes, and with it (by cascade)
// the user's sets, progress, classes and attempts; uploaded documents stay, unattributed. Old
// session tokens then name no user and are refused (401).
import { z } from "zod";
import { verifyPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";

export const deleteAccountSchema = z.object({ password: z.string().min(1, "required").max(256, "too_long") });

export async function deleteAccount(db: Db, userId: string, input: z.output<typeof deleteAccountSchema>): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, input.password))) {
    throw new HttpError(400, "invalid_input", "The password is wrong.", { password: ["wrong_password"] });
  }
  await db.user.delete({ where: { id: userId } });
}
