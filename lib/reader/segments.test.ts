import { describe, expect, it } from "vitest";
import { buildSegments } from "./segments";

describe("buildSegments", () => {
  const text = "北朝鮮は寧辺核施設の廃棄を提案した。";
  const ruby = [{ start: 4, end: 6, reading: "ニョンビョン" }];

  it("covers the block exactly, in order, with each run's facts", () => {
    const segs = buildSegments(0, text.length, [{ id: "a", start: 0, end: 18 }, { id: "b", start: 4, end: 10 }], ruby);
    expect(segs.map((s) => text.slice(s.start, s.end)).join("")).toBe(text);
    expect(segs.find((s) => s.reading)?.factIds).toEqual(["a", "b"]);
    expect(segs[0]).toMatchObject({ start: 0, end: 4, factIds: ["a"] });
  });

  it("keeps a ruby base whole when a fact boundary falls inside it", () => {
    const segs = buildSegments(0, text.length, [{ id: "x", start: 5, end: 12 }], ruby);
    const base = segs.find((s) => s.reading === "ニョンビョン");
    expect(base).toMatchObject({ start: 4, end: 6 });
    expect(segs.every((s) => s.end > s.start)).toBe(true);
  });

  it("ignores facts and readings outside the block", () => {
    const segs = buildSegments(10, 18, [{ id: "far", start: 0, end: 3 }], ruby);
    expect(segs).toEqual([{ start: 10, end: 18, factIds: [], reading: null }]);
  });
});
