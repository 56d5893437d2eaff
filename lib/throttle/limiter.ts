// Counters for rate limits, kept in the app's own database (the RateLimit table) through
// rate-limiter-flexible's Prisma store: every increment is one atomic upsert, so parallel
// requests are all counted and several app instances share the counts. Works on SQLite and
// PostgreSQL alike (docs/decisions/0012-throttling.md).
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/lib/db/client";

export interface LimitSpec {
  /** Distinguishes the counters of different limits in the shared table. */
  name: string;
  /** Allowed actions per window. */
  points: number;
  /** The window, in seconds (fractions allowed). */
  durationSec: number;
}

export interface LimitDecision {
  allowed: boolean;
  /** How many actions the window has seen, this one included. */
  consumed: number;
  /** When refused: how long until the window ends. */
  retryAfterMs: number;
}

const limiters = new WeakMap<Db, Map<string, RateLimiterPrisma>>();

function limiterFor(db: Db, spec: LimitSpec): RateLimiterPrisma {
  let byName = limiters.get(db);
  if (!byName) limiters.set(db, (byName = new Map()));
  const id = `${spec.name}/${spec.points}/${spec.durationSec}`;
  let limiter = byName.get(id);
  if (!limiter) {
    limiter = new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix: spec.name, points: spec.points, duration: spec.durationSec });
    byName.set(id, limiter);
  }
  return limiter;
}

/** Counts one action against `key` and says whether it is within the limit. `durationSec`
 *  overrides the window for a key whose window starts now (growing delays use it). */
export async function consume(db: Db, spec: LimitSpec, key: string, opts: { durationSec?: number } = {}): Promise<LimitDecision> {
  try {
    const res = await limiterFor(db, spec).consume(key, 1, opts.durationSec !== undefined ? { customDuration: opts.durationSec } : {});
    return { allowed: true, consumed: res.consumedPoints, retryAfterMs: 0 };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { allowed: false, consumed: error.consumedPoints, retryAfterMs: Math.max(error.msBeforeNext, 1) };
    throw error;
  }
}

/** The actions counted for `key` in the current window (0 when none). */
export async function counted(db: Db, spec: LimitSpec, key: string): Promise<number> {
  const res = await limiterFor(db, spec).get(key);
  return res?.consumedPoints ?? 0;
}

/** Forgets `key`'s count (e.g. after a successful sign-in). */
export async function forget(db: Db, spec: LimitSpec, key: string): Promise<void> {
  await limiterFor(db, spec).delete(key);
}

/** Un-counts one action that was refused anyway. */
export async function giveBack(db: Db, spec: LimitSpec, key: string): Promise<void> {
  await limiterFor(db, spec).reward(key, 1);
}
