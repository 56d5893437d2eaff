// Repeated failed sign-ins slow down instead of locking the account: past a few failures, each
// further attempt must wait a delay that doubles with every failure (up to a cap). The owner's
// correct password is checked as soon as the current delay has passed, so nobody can lock an
// owner out; a guesser gets a handful of tries an hour. Three counters, all in the database:
// - account + address: 5 free failures, then 1 s, 2 s, 4 s … up to 15 min;
// - account (from anywhere): 20 free failures, then delays up to 1 min — so guessers spread over
//   many addresses slow down too, without keeping the owner out for long;
// - address (any account): 30 free failures, then delays up to 15 min (password spraying).
// Each attempt is counted before the password is checked, so parallel guesses are all counted
// and only one per delay is checked. A refused attempt is not counted.
import type { Db } from "@/lib/db/client";
import { consume, forget, giveBack, type LimitSpec } from "@/lib/throttle/limiter";

interface CounterKind {
  kind: "pair" | "account" | "address";
  freeFailures: number;
  capSec: number;
}

export const SIGN_IN_THROTTLE = {
  windowSec: 60 * 60,
  kinds: [
    { kind: "pair", freeFailures: 5, capSec: 15 * 60 },
    { kind: "account", freeFailures: 20, capSec: 60 },
    { kind: "address", freeFailures: 30, capSec: 15 * 60 },
  ] as const satisfies readonly CounterKind[],
};

export interface ThrottleOptions {
  /** The first delay; each later one doubles it. */
  baseDelaySec?: number;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

const failures = (kind: string): LimitSpec => ({ name: `signin-fail-${kind}`, points: 1_000_000, durationSec: SIGN_IN_THROTTLE.windowSec });
const gate = (kind: string): LimitSpec => ({ name: `signin-gate-${kind}`, points: 1, durationSec: 1 });

function keysFor(email: string, address: string | null): { kind: CounterKind; key: string }[] {
  const normalized = email.trim().toLowerCase();
  return SIGN_IN_THROTTLE.kinds.flatMap((kind: CounterKind) => {
    if (kind.kind === "account") return [{ kind, key: normalized }];
    if (!address) return [];
    return [{ kind, key: kind.kind === "pair" ? `${normalized}|${address}` : address }];
  });
}

/** The wait after the n-th attempt on a counter (0 while failures are still free). */
export function delayAfter(n: number, kind: CounterKind, baseDelaySec = 1): number {
  if (n <= kind.freeFailures) return 0;
  return Math.min(baseDelaySec * 2 ** (n - kind.freeFailures - 1), kind.capSec);
}

/** Counts one sign-in attempt and says whether its password may be checked now. */
export async function countAttempt(db: Db, email: string, address: string | null, opts: ThrottleOptions = {}): Promise<ThrottleDecision> {
  const counted: { spec: LimitSpec; key: string }[] = [];
  let retryAfterMs = 0;
  for (const { kind, key } of keysFor(email, address)) {
    const spec = failures(kind.kind);
    const n = (await consume(db, spec, key)).consumed;
    counted.push({ spec, key });
    const delay = delayAfter(n, kind, opts.baseDelaySec);
    if (delay === 0) continue;
    // One attempt per delay gets through; the gate's window is the delay this attempt starts.
    const passed = await consume(db, gate(kind.kind), key, { durationSec: delay });
    if (!passed.allowed) retryAfterMs = Math.max(retryAfterMs, passed.retryAfterMs);
  }
  if (retryAfterMs === 0) return { allowed: true };
  for (const { spec, key } of counted) await giveBack(db, spec, key);
  return { allowed: false, retryAfterMs };
}

/** After a correct password: the account's failures (from anywhere) are forgiven; the address's
 *  earlier failures are not, or one valid account would reset a sprayer's count, but this attempt
 *  was no failure and is taken back (a class signing in behind one school address is never slowed). */
export async function clearAccount(db: Db, email: string, address: string | null): Promise<void> {
  for (const { kind, key } of keysFor(email, address)) {
    if (kind.kind === "address") {
      await giveBack(db, failures(kind.kind), key);
      continue;
    }
    await forget(db, failures(kind.kind), key);
    await forget(db, gate(kind.kind), key);
  }
}
