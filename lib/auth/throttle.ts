// Repeated sign-ins are refused for a while, per account and (behind a trusted proxy) per
// client address, counted in the database so the limit holds across app instances. Each
// attempt is counted atomically *before* the password is checked, so parallel guesses
// cannot all slip past the check; a successful sign-in clears the account's count.
import type { Db } from "@/lib/db/client";

export const THROTTLE = {
  window_ms: 15 * 60_000,
  lock_ms: 15 * 60_000,
  max_failures_per_account: 5,
  max_failures_per_address: 30,
} as const;

export interface ThrottleKey {
  key: string;
  max: number;
}

export interface ThrottleDecision {
  allowed: boolean;
  retryAfterMs: number;
}

export function throttleKeys(email: string, address: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: `email:${email.trim().toLowerCase()}`, max: THROTTLE.max_failures_per_account }];
  if (address) keys.push({ key: `addr:${address}`, max: THROTTLE.max_failures_per_address });
  return keys;
}

/**
 * Counts one sign-in attempt against every key and says whether it may proceed. The
 * increment is one atomic upsert per key; an attempt past a key's limit locks that key.
 */
export async function countAttempt(db: Db, keys: ThrottleKey[], now = new Date()): Promise<ThrottleDecision> {
  let retryAfterMs = 0;
  for (const { key, max } of keys) {
    let row = await db.loginThrottle.upsert({
      where: { key },
      create: { key, failures: 1, windowStart: now },
      update: { failures: { increment: 1 } },
    });
    if (row.lockedUntil && row.lockedUntil > now) {
      retryAfterMs = Math.max(retryAfterMs, row.lockedUntil.getTime() - now.getTime());
      continue;
    }
    if (now.getTime() - row.windowStart.getTime() > THROTTLE.window_ms) {
      // A new window: this attempt is its first.
      row = await db.loginThrottle.update({ where: { key }, data: { failures: 1, windowStart: now, lockedUntil: null } });
    }
    if (row.failures > max) {
      const lockedUntil = new Date(now.getTime() + THROTTLE.lock_ms);
      await db.loginThrottle.update({ where: { key }, data: { lockedUntil } });
      retryAfterMs = Math.max(retryAfterMs, THROTTLE.lock_ms);
    }
  }
  return retryAfterMs > 0 ? { allowed: false, retryAfterMs } : { allowed: true, retryAfterMs: 0 };
}

export async function clearAccount(db: Db, email: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: `email:${email.trim().toLowerCase()}` } });
}
