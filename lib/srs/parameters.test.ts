import { FSRSBinding, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import { default_w, FSRSVersion } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_FSRS_PARAMETERS,
  FSRS_PARAMETER_COUNT,
  fsrsParametersSchema,
  normalizeParameters,
  parseStoredParameters,
  serializeParameters,
} from "./parameters";
import { previewIntervals, reviewCard, type CardState } from "./schedule";
import { typicalIntervals } from "./typical-intervals";

// Weights of a learner who forgets faster than the defaults assume (smaller initial stabilities).
const FORGETFUL = [0.1, 0.5, 1.0, 4.0, ...DEFAULT_FSRS_PARAMETERS.slice(4)];

describe("FSRS parameters", () => {
  it("are FSRS-6's 21 weights, as the scheduler (ts-fsrs) uses", () => {
    expect(FSRSVersion).toContain("FSRS-6");
    expect(DEFAULT_FSRS_PARAMETERS).toHaveLength(FSRS_PARAMETER_COUNT);
    expect([...DEFAULT_FSRS_PARAMETERS]).toEqual([...default_w]);
  });

  it("the optimizer binding models the same FSRS version: its defaults and its memory states are ts-fsrs's", () => {
    const items = [
      new FSRSBindingItem([new FSRSBindingReview(3, 0), new FSRSBindingReview(3, 3)]),
      new FSRSBindingItem([new FSRSBindingReview(1, 0), new FSRSBindingReview(3, 1), new FSRSBindingReview(1, 4)]),
    ];
    expect(new FSRSBinding().evaluate(items)).toEqual(new FSRSBinding([...DEFAULT_FSRS_PARAMETERS]).evaluate(items));
    // After a first 「正解」 the stability is w[2] in both, for any weights.
    for (const w of [DEFAULT_FSRS_PARAMETERS, FORGETFUL]) {
      const good = new FSRSBinding([...w]).nextStates(null, 0.9, 0).good.memory;
      const ts = reviewCard({ state: null, rating: "good", now: new Date("2024-01-01T00:00:00Z"), desiredRetention: 0.9, fuzz: false, parameters: w }).next;
      expect(good.stability).toBeCloseTo(ts.stability, 4);
      expect(good.difficulty).toBeCloseTo(ts.difficulty, 4);
    }
  });

  it("validates applied weights: 21 finite numbers inside ts-fsrs's ranges", () => {
    expect(fsrsParametersSchema.safeParse([...DEFAULT_FSRS_PARAMETERS]).success).toBe(true);
    expect(fsrsParametersSchema.safeParse(FORGETFUL).success).toBe(true);
    expect(fsrsParametersSchema.safeParse(DEFAULT_FSRS_PARAMETERS.slice(0, 19)).success).toBe(false);
    expect(fsrsParametersSchema.safeParse([...DEFAULT_FSRS_PARAMETERS.slice(0, 20), Number.NaN]).success).toBe(false);
    expect(fsrsParametersSchema.safeParse([...DEFAULT_FSRS_PARAMETERS.slice(0, 20), 5]).success).toBe(false); // decay above 0.8
    expect(fsrsParametersSchema.safeParse([-1, ...DEFAULT_FSRS_PARAMETERS.slice(1)]).success).toBe(false);
    expect(fsrsParametersSchema.safeParse("0.2,1.3").success).toBe(false);
  });

  it("normalizes optimizer output: four decimals, inside the ranges", () => {
    const raw = [0.22388061, 1.36556613, 2.43575764, 8.76049042, 6.47377586, 0.74082673, 2.9494915, 0.00058373, ...DEFAULT_FSRS_PARAMETERS.slice(8)];
    const normalized = normalizeParameters(raw);
    expect(normalized.slice(0, 8)).toEqual([0.2239, 1.3656, 2.4358, 8.7605, 6.4738, 0.7408, 2.9495, 0.001]);
    expect(fsrsParametersSchema.safeParse(normalized).success).toBe(true);
    expect(() => normalizeParameters([1, 2, 3])).toThrow(RangeError);
    expect(() => normalizeParameters([...raw.slice(0, 20), Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  it("stores as JSON text; anything unreadable reads as the defaults (null)", () => {
    expect(parseStoredParameters(serializeParameters(FORGETFUL))).toEqual(FORGETFUL);
    expect(parseStoredParameters(null)).toBeNull();
    expect(parseStoredParameters("")).toBeNull();
    expect(parseStoredParameters("[1,2")).toBeNull();
    expect(parseStoredParameters("[1,2,3]")).toBeNull();
    expect(parseStoredParameters(JSON.stringify({ w: FORGETFUL }))).toBeNull();
  });

  it("schedules with the learner's weights: the defaults by default, shorter intervals for a forgetful learner", () => {
    const now = new Date("2024-01-01T00:00:00Z");
    const base = { state: null as CardState | null, rating: "easy" as const, now, desiredRetention: 0.9, fuzz: false };
    expect(reviewCard({ ...base, parameters: [...DEFAULT_FSRS_PARAMETERS] }).next).toEqual(reviewCard(base).next);
    expect(reviewCard({ ...base, parameters: FORGETFUL }).next.scheduledDays).toBeLessThan(reviewCard(base).next.scheduledDays);
    expect(previewIntervals(null, now, 0.9, false, FORGETFUL).easy.intervalMs).toBeLessThan(previewIntervals(null, now, 0.9, false).easy.intervalMs);
  });

  it("typical intervals grow for a card answered Good each time, and follow the weights", () => {
    const defaults = typicalIntervals(null, 0.9);
    expect(defaults).toHaveLength(6);
    for (let i = 1; i < defaults.length; i++) expect(defaults[i]!).toBeGreaterThan(defaults[i - 1]!);
    expect(typicalIntervals([...DEFAULT_FSRS_PARAMETERS], 0.9)).toEqual(defaults);
    expect(typicalIntervals(FORGETFUL, 0.9)[0]!).toBeLessThan(defaults[0]!);
    expect(typicalIntervals(null, 0.8)[3]!).toBeGreaterThan(defaults[3]!);
  });
});
