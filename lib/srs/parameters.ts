// A learner's FSRS weights: the 21 numbers of FSRS-6 that ts-fsrs schedules with. A user row
// holds them as JSON text (null: the defaults); the optimizer (lib/study/optimize-parameters.ts)
// proposes new ones and the learner applies them on confirmation. See
// docs/decisions/0013-fsrs-optimizer.md.
import { clipParameters, default_relearning_steps, default_w } from "ts-fsrs";
import { z } from "zod";

/** FSRS-6, as ts-fsrs 5 and the optimizer binding (fsrs-rs 6.5) both use. */
export const FSRS_PARAMETER_COUNT = 21;
export const DEFAULT_FSRS_PARAMETERS: readonly number[] = Object.freeze([...default_w]);
/** The scheduler's settings the weights are fitted for: same-day reviews count, one relearning step. */
export const ENABLE_SHORT_TERM = true;
export const NUM_RELEARNING_STEPS = default_relearning_steps.length;

/**
 * Reviews needed before optimizing. Anki required 400 review logs (ankitects/anki#2999) before
 * it dropped the limit, and its manual still calls fewer than "a few hundred" too few for FSRS
 * to learn from; fsrs-rs itself fits only the first four weights below 64 training items.
 */
export const MIN_REVIEWS_TO_OPTIMIZE = 400;

/** Weights as stored and shown: four decimals, as Anki shows them. */
export function roundParameters(parameters: readonly number[]): number[] {
  return parameters.map((w) => Math.round(w * 10_000) / 10_000);
}

/** Within the ranges ts-fsrs allows (it would silently clip anything else). */
export function withinBounds(parameters: readonly number[]): boolean {
  const clipped = clipParameters([...parameters], NUM_RELEARNING_STEPS, ENABLE_SHORT_TERM);
  return clipped.every((w, i) => Math.abs(w - parameters[i]!) < 1e-9);
}

/** Weights as submitted for applying: 21 finite numbers in ts-fsrs's ranges. */
export const fsrsParametersSchema = z
  .array(z.number().finite())
  .length(FSRS_PARAMETER_COUNT)
  .refine(withinBounds, { message: "FSRS parameter out of range" });

/** Raw optimizer output → what can be stored: rounded, then held inside ts-fsrs's ranges. */
export function normalizeParameters(raw: readonly number[]): number[] {
  if (raw.length !== FSRS_PARAMETER_COUNT || raw.some((w) => !Number.isFinite(w)))
    throw new RangeError(`expected ${FSRS_PARAMETER_COUNT} finite FSRS parameters, got ${raw.length}`);
  return clipParameters(roundParameters(raw), NUM_RELEARNING_STEPS, ENABLE_SHORT_TERM);
}

export function serializeParameters(parameters: readonly number[]): string {
  return JSON.stringify(parameters);
}

// The review path parses the stored text on every review: remember recent answers.
const parsedCache = new Map<string, readonly number[] | null>();
const PARSED_CACHE_SIZE = 256;

/** A stored value → weights, or null for "defaults" (also for anything unreadable, so a bad row never stops reviews). */
export function parseStoredParameters(stored: string | null | undefined): readonly number[] | null {
  if (!stored) return null;
  const hit = parsedCache.get(stored);
  if (hit !== undefined) return hit;
  let result: readonly number[] | null = null;
  try {
    const parsed: unknown = JSON.parse(stored);
    if (fsrsParametersSchema.safeParse(parsed).success) result = Object.freeze(parsed as number[]);
  } catch {
    result = null;
  }
  if (parsedCache.size >= PARSED_CACHE_SIZE) parsedCache.delete(parsedCache.keys().next().value!);
  parsedCache.set(stored, result);
  return result;
}
