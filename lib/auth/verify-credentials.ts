// Checks an email + password sign-in against the database, with throttling. One answer
// for a wrong email or a wrong password, in the same time.
import type { Db } from "@/lib/db/client";
import { burnPasswordCheck, verifyPassword } from "./password";
import { isRole, type Role } from "./roles";
import { clearAccount, countAttempt, type ThrottleOptions } from "./throttle";

export type CredentialsResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

export async function verifyCredentials(
  db: Db,
  { email, password, address }: { email: string; password: string; address: string | null },
  throttle: ThrottleOptions = {},
): Promise<CredentialsResult> {
  const normalized = email.trim().toLowerCase();
  const decision = await countAttempt(db, normalized, address, throttle);
  if (!decision.allowed) return { ok: false, reason: "throttled", retryAfterMs: decision.retryAfterMs };

  const user = await db.user.findUnique({ where: { email: normalized } });
  const ok = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !ok) return { ok: false, reason: "invalid" };
  await clearAccount(db, normalized, address);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: isRole(user.role) ? user.role : "learner", sessionVersion: user.sessionVersion } };
}
