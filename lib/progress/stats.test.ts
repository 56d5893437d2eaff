import { describe, expect, it } from "vitest";
import { forecast, mastery, overallRetention, reviewsPerDay } from "./stats";

const now = new Date("2026-03-10T12:00:00Z");

describe("dashboard stats", () => {
  it("counts reviews per study day in the learner's zone, with true retention of review cards", () => {
    const logs = [
      { reviewedAt: new Date("2026-03-10T01:00:00Z"), rating: "good", stateBefore: "review" },
      { reviewedAt: new Date("2026-03-10T02:00:00Z"), rating: "again", stateBefore: "review" },
      { reviewedAt: new Date("2026-03-10T03:00:00Z"), rating: "good", stateBefore: "new" },
      // 02:00 Tokyo on the 10th belongs to the study day of the 9th (day starts at 04:00).
      { reviewedAt: new Date("2026-03-09T17:00:00Z"), rating: "easy", stateBefore: "review" },
    ];
    const days = reviewsPerDay(logs, now, "Asia/Tokyo", 3);
    expect(days.map((d) => d.day)).toEqual(["03-08", "03-09", "03-10"]);
    expect(days[2]).toMatchObject({ total: 3, again: 1, passed: 2, retention: 50 });
    expect(days[1]).toMatchObject({ total: 1, retention: 100 });
    expect(days[0]).toMatchObject({ total: 0, retention: null });
    expect(overallRetention(logs)).toBe(66.7);
    expect(overallRetention([])).toBeNull();
  });

  it("forecasts due cards, counting overdue ones today and ignoring new cards", () => {
    const states = [
      { cardId: "a", state: "review", due: new Date("2026-03-01T00:00:00Z"), scheduledDays: 3 },
      { cardId: "b", state: "review", due: new Date("2026-03-12T00:00:00Z"), scheduledDays: 3 },
      { cardId: "c", state: "new", due: now, scheduledDays: 0 },
    ];
    const f = forecast(states, now, "Asia/Tokyo", 5);
    expect(f[0]).toEqual({ day: "03-10", due: 1 });
    expect(f.find((d) => d.day === "03-12")?.due).toBe(1);
    expect(f.reduce((n, d) => n + d.due, 0)).toBe(2);
  });

  it("splits a set's cards into mature, young and new", () => {
    const stateOf = new Map([
      ["a", { cardId: "a", state: "review", due: now, scheduledDays: 30 }],
      ["b", { cardId: "b", state: "learning", due: now, scheduledDays: 0 }],
    ]);
    expect(mastery(["a", "b", "c", "d"], stateOf)).toEqual({ total: 4, mature: 1, young: 1, new: 2, percent: 25 });
    expect(mastery([], stateOf).percent).toBe(0);
  });
});
