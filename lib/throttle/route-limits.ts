// The per-route limits the gate applies (lib/http/handler.ts `limit`), beside the sign-in
// throttle in lib/auth/throttle.ts. Per address counts every client behind one address; per
// account counts one signed-in user wherever they are.
import type { Db } from "@/lib/db/client";
import { consume, type LimitSpec } from "./limiter";

export interface RouteLimit extends LimitSpec {
  per: "address" | "account";
}

const HOUR = 60 * 60;

/** Sign-ups per address per hour; SIGNUP_LIMIT_PER_HOUR (default 60) sets the number. */
export function signUpLimits(perHour: number): RouteLimit[] {
  return [{ name: "signup-addr", per: "address", points: perHour, durationSec: HOUR }];
}

// Per-address limits are generous (a class behind one school address joins together); the
// per-account ones are what stops one user guessing join codes or flooding uploads.
export const LIMITS = {
  joinClass: [
    { name: "join-account", per: "account", points: 10, durationSec: 15 * 60 },
    { name: "join-addr", per: "address", points: 200, durationSec: 15 * 60 },
  ],
  upload: [
    { name: "upload-account", per: "account", points: 30, durationSec: HOUR },
    { name: "upload-addr", per: "address", points: 100, durationSec: HOUR },
  ],
  /** Fitting FSRS weights: seconds of CPU each, and a learner needs it once in weeks. */
  optimizeFsrs: [{ name: "fsrs-optimize-account", per: "account", points: 20, durationSec: HOUR }],
  /** Routes that check the account's password. */
  passwordCheck: [{ name: "password-account", per: "account", points: 10, durationSec: HOUR }],
} as const satisfies Record<string, readonly RouteLimit[]>;

/** Counts one request against each limit (per its account or its address; a limit whose key is
 *  unknown is skipped) and returns the wait when one is exceeded, else 0. */
export async function checkRouteLimits(db: Db, limits: readonly RouteLimit[], who: { accountId: string | null; address: string | null }): Promise<number> {
  for (const limit of limits) {
    const key = limit.per === "account" ? who.accountId : who.address;
    if (!key) continue;
    const decision = await consume(db, limit, key);
    if (!decision.allowed) return decision.retryAfterMs;
  }
  return 0;
}
