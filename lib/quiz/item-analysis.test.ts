import { describe, expect, it } from "vitest";
import { analyzeItems, pearson, type ItemResponse } from "./item-analysis";

function responses(table: Record<string, number[]>, times?: Record<string, number[]>): ItemResponse[] {
  return Object.entries(table).flatMap(([attemptId, scores]) =>
    scores.map((score, i) => ({ attemptId, questionId: `q${i + 1}`, score, timeMs: times?.[attemptId]?.[i] ?? null })),
  );
}

describe("analyzeItems", () => {
  // Five attempts, three right/wrong items. Totals: A 3, B 2, C 2, D 1, E 0.
  const data = responses(
    { A: [1, 1, 1], B: [1, 1, 0], C: [1, 0, 1], D: [0, 1, 0], E: [0, 0, 0] },
    { A: [1000, 2000, 3000], B: [3000, 2000, 1000], C: [2000, 2000, 2000], D: [2000, 2000, 2000], E: [2000, 2000, 2000] },
  );
  const result = analyzeItems(data);
  const item = (id: string) => result.items.find((i) => i.questionId === id)!;

  it("computes facility and mean time", () => {
    expect(result.attempts).toBe(5);
    expect(item("q1").facility).toBeCloseTo(0.6, 12);
    expect(item("q3").facility).toBeCloseTo(0.4, 12);
    expect(item("q1").meanTimeMs).toBe(2000);
    expect(item("q1").n).toBe(5);
  });

  it("matches a hand-computed point-biserial (item vs rest of test)", () => {
    // q1: x = 1,1,1,0,0; rest = 2,1,1,1,0. Mean rest when right 4/3, when wrong 1/2, population
    // sd of rest √0.4, p = 0.6: r = (4/3 − 1/2)/√0.4 · √(0.6·0.4) = 1/√2.4 ≈ 0.645497.
    expect(item("q1").discrimination).toBeCloseTo(1 / Math.sqrt(2.4), 10);
    expect(item("q1").discrimination).toBeCloseTo(0.645497, 6);
    // q3: x = 1,0,1,0,0; rest = 2,2,1,1,0 → 0.6/√3.36 ≈ 0.327327.
    expect(item("q3").discrimination).toBeCloseTo(0.327327, 6);
    // q2: x = 1,1,0,1,0; rest = 2,1,2,0,0 → covariance 0.
    expect(item("q2").discrimination).toBeCloseTo(0, 12);
  });

  it("computes the upper–lower 27 % index on rest scores", () => {
    // n = 5 → groups of 1. q1: top by rest is A (right), bottom E (wrong) → 1.
    expect(item("q1").upperLowerIndex).toBe(1);
    expect(item("q3").upperLowerIndex).toBe(1);
  });

  it("flags a negatively discriminating item", () => {
    const r = analyzeItems(responses({ A: [0, 1, 1], B: [0, 1, 1], C: [1, 0, 0], D: [1, 0, 0] }));
    const q1 = r.items.find((i) => i.questionId === "q1")!;
    expect(q1.discrimination).toBeCloseTo(-1, 12);
    expect(q1.upperLowerIndex).toBe(-1);
    expect(q1.flags).toContain("negative_discrimination");
    expect(r.items.find((i) => i.questionId === "q2")!.flags).not.toContain("negative_discrimination");
  });

  it("returns null, not NaN, for n < 2 and zero variance", () => {
    const single = analyzeItems(responses({ A: [1, 0] }));
    for (const s of single.items) {
      expect(s.discrimination).toBeNull();
      expect(s.upperLowerIndex).toBeNull();
      expect(s.flags).toContain("too_few_responses");
      expect(Number.isNaN(s.facility)).toBe(false);
    }
    const allRight = analyzeItems(responses({ A: [1, 1], B: [1, 0], C: [1, 1] })).items.find((i) => i.questionId === "q1")!;
    expect(allRight.facility).toBe(1);
    expect(allRight.discrimination).toBeNull();
    expect(allRight.flags).toContain("no_variance");
    const flatRest = analyzeItems(responses({ A: [1, 1], B: [0, 1] })).items.find((i) => i.questionId === "q1")!;
    expect(flatRest.discrimination).toBeNull();
    expect(flatRest.upperLowerIndex).toBeNull();
    expect(analyzeItems([])).toEqual({ attempts: 0, items: [] });
  });

  it("handles partial credit, missing times, and questions not presented to everyone", () => {
    const r = analyzeItems([
      { attemptId: "A", questionId: "q1", score: 0.5 },
      { attemptId: "A", questionId: "q2", score: 1, timeMs: 4000 },
      { attemptId: "B", questionId: "q1", score: 1 },
      { attemptId: "B", questionId: "q1", score: 0 }, // duplicate: first kept
      { attemptId: "C", questionId: "q2", score: 0, timeMs: -5 },
    ]);
    const q1 = r.items.find((i) => i.questionId === "q1")!;
    expect(q1.n).toBe(2);
    expect(q1.facility).toBe(0.75);
    expect(q1.meanTimeMs).toBeNull();
    expect(r.items.find((i) => i.questionId === "q2")!.meanTimeMs).toBe(4000);
    expect(() => analyzeItems([{ attemptId: "A", questionId: "q", score: 2 }])).toThrow(RangeError);
  });
});

describe("pearson", () => {
  it("is exact on simple series and null on constants", () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(pearson([1], [1])).toBeNull();
  });
});
