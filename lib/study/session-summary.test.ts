import { describe, expect, it } from "vitest";
import { summarizeSession } from "./session-summary";

describe("summarizeSession", () => {
  it("counts ratings, sums time and gives the share done", () => {
    const s = summarizeSession([{ rating: "good", durationMs: 4000 }, { rating: "again", durationMs: 6000 }, { rating: "good", durationMs: -5 }], 1);
    expect(s).toEqual({ reviews: 3, byRating: { again: 1, hard: 0, good: 2, easy: 0 }, totalMs: 10_000, percent: 75 });
    expect(summarizeSession([], 0).percent).toBe(0);
  });
});
