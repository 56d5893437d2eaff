import { describe, expect, it } from "vitest";
import { heatmap, studyStreak } from "./streak";

describe("studyStreak", () => {
  it("counts consecutive study days up to today, or yesterday when today is still open", () => {
    const days = new Set(["2026-03-01", "2026-03-02", "2026-03-03"]);
    expect(studyStreak(days, "2026-03-03")).toBe(3);
    expect(studyStreak(days, "2026-03-04")).toBe(3);
    expect(studyStreak(days, "2026-03-05")).toBe(0);
    expect(studyStreak(new Set(["2026-02-28", "2026-03-01"]), "2026-03-01")).toBe(2);
  });
});

describe("heatmap", () => {
  it("covers weeks × 7 days ending today, shading relative to the busiest day", () => {
    const cells = heatmap(new Map([["2026-03-03", 40], ["2026-03-02", 10]]), "2026-03-03", 2);
    expect(cells).toHaveLength(14);
    expect(cells.at(-1)).toEqual({ day: "2026-03-03", count: 40, level: 4 });
    expect(cells.at(-2)).toEqual({ day: "2026-03-02", count: 10, level: 1 });
    expect(cells[0]!.level).toBe(0);
  });
});
