import { describe, expect, it } from "vitest";
import { buildPositions, type PositionFact } from "./build";

const p = (id: string, side: string, topics: string[]): PositionFact => ({ id, side, speaker: null, statement: id, topics, dateValue: null, documentSlug: "d", cardCount: 0 });

describe("buildPositions", () => {
  it("puts sides in a fixed order and the four main topics first; minor topics need three facts", () => {
    const m = buildPositions([
      p("a", "米国", ["制裁", "非核化"]),
      p("b", "北朝鮮", ["相応の措置", "体制の安全"]),
      p("c", "ロシア", ["制裁"]),
      p("d", "北朝鮮", ["人権"]),
      p("e", "北朝鮮", ["交渉"]),
      p("f", "米国", ["交渉"]),
      p("g", "韓国", ["交渉"]),
    ]);
    expect(m.sides).toEqual(["北朝鮮", "米国", "韓国", "ロシア"]);
    expect(m.topics).toEqual(["非核化", "制裁", "相応の措置", "体制の安全", "交渉"]);
    expect(m.cells["米国"]?.["制裁"]?.map((f) => f.id)).toEqual(["a"]);
    expect(m.cells["北朝鮮"]?.["人権"]).toBeUndefined();
    expect(buildPositions([p("d", "北朝鮮", ["人権"])], { allTopics: true }).topics).toEqual(["人権"]);
  });
});
