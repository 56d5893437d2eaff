// Repeated failed sign-ins are refused for a while: per account and per client address,
// counted in the database so the limit holds across app instances.
import type { Db } from "@/lib/db/client";

export const THROTTLE = {
  window_ms: 15 * 60_000,
  lock_ms: 15 * 60_000,
  max_failures_per_account: 5,
  max_failures_per_address: 30,
} as const;

export interface ThrottleDecision {
  allowed: boolean;
  retryAfterMs: number;
}

export function throttleKeys(email: string, address: string | null): { key: string; max: number }[] {
  const keys: { key: string; max: number }[] = [{ key: `email:${email.trim().toLowerCase()}`, max: THROTTLE.max_failures_per_account }];
  if (address) keys.push({ key: `addr:${address}`, max: THROTTLE.max_failures_per_address });
  return keys;
}

export async function checkThrottle(db: Db, keys: { key: string }[], now = new Date()): Promise<ThrottleDecision> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  return until > now.getTime() ? { allowed: false, retryAfterMs: until - now.getTime() } : { allowed: true, retryAfterMs: 0 };
}

export async function recordFailure(db: Db, keys: { key: string; max: number }[], now = new Date()): Promise<void> {
  for (const { key, max } of keys) {
    await db.$transaction(async (tx) => {
      const row = await tx.loginThrottle.findUnique({ where: { key } });
      const fresh = !row || now.getTime() - row.windowStart.getTime() > THROTTLE.window_ms;
      const failures = fresh ? 1 : row.failures + 1;
      const lockedUntil = failures >= max ? new Date(now.getTime() + THROTTLE.lock_ms) : (fresh ? null : row.lockedUntil);
      await tx.loginThrottle.upsert({
        where: { key },
        create: { key, failures, windowStart: now, lockedUntil },
        update: { failures, windowStart: fresh ? now : row.windowStart, lockedUntil },
      });
    });
  }
}

export async function clearFailures(db: Db, email: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: `email:${email.trim().toLowerCase()}` } });
}
