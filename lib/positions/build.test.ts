import { describe, expect, it } from "vitest";
import { buildPositions, OTHER_TOPIC, type PositionFact } from "./build";
import { candidateTerms, deriveTopics } from "./derive-topics";

const p = (id: string, side: string, statement: string, topics: string[] = [], over: Partial<PositionFact> = {}): PositionFact => ({
  id, side, actors: [side], speaker: null, statement, headline: "", content: null, quote: statement, topics, dateValue: null, documentSlug: "d", cardCount: 0, ...over,
});

describe("buildPositions", () => {
  it("puts known sides first in a fixed order, topics by how many positions they hold, and summaries in the cells", () => {
    const m = buildPositions([
      p("a", "米国", "米国は非核化まで制裁を維持すると表明した。", ["制裁", "非核化"], { content: "非核化が実現するまで制裁を維持する" }),
      p("b", "北朝鮮", "北朝鮮は段階的な非核化と相応の措置を求めた。", ["非核化", "相応の措置"]),
      p("c", "ロシア", "ロシアは制裁の緩和を主張した。", ["制裁"]),
      p("d", "北朝鮮", "北朝鮮は非核化の前に体制の安全の保証が必要だと述べた。", ["非核化", "体制の安全"]),
      p("e", "韓国", "韓国は南北の鉄道連結を急ぐべきだと述べた。"),
    ]);
    expect(m.sides).toEqual(["北朝鮮", "米国", "韓国", "ロシア"]);
    expect(m.topics.slice(0, 2)).toEqual(["非核化", "制裁"]);
    expect(m.cells["米国"]?.["制裁"]?.map((f) => [f.id, f.summary])).toEqual([["a", "非核化が実現するまで制裁を維持する"]]);
    // A position on none of the topics lands in the last column rather than disappearing.
    expect(m.topics.at(-1)).toBe(OTHER_TOPIC);
    expect(m.cells["韓国"]?.[OTHER_TOPIC]?.map((f) => f.id)).toEqual(["e"]);
  });

  it("makes columns from the words of an uploaded document's statements when extraction knew no topic", () => {
    const m = buildPositions([
      p("1", "日本", "日本政府は再生可能エネルギーの導入目標を引き上げる方針を示した。"),
      p("2", "経団連", "経団連は再生可能エネルギーの拡大に送電網の増強が欠かせないと主張した。"),
      p("3", "環境団体", "環境団体は石炭火力の廃止時期を明示するよう求めた。"),
      p("4", "日本", "日本政府は石炭火力の段階的な削減を表明した。"),
      p("5", "経団連", "経団連は送電網への投資を国が支えるべきだと述べた。"),
    ]);
    expect(m.topics).toEqual(expect.arrayContaining(["再生可能", "石炭火力", "送電網"]));
    expect(m.topics).not.toContain("日本政府");
    expect(m.cells["経団連"]?.["送電網"]?.map((f) => f.id)).toEqual(["2", "5"]);
  });
});

describe("deriveTopics", () => {
  it("skips generic verbs, actors, dates and numbers; keeps recurring kanji, katakana and Latin terms", () => {
    expect(candidateTerms("2019年2月、米国はICBMとミサイル発射場の廃棄を要求したと表明した")).toEqual(["米国", "ICBM", "ミサイル", "発射場", "廃棄"]);
    const { topics, factTopics } = deriveTopics([
      { statement: "米国は寧辺の核施設の廃棄を求めた。", topics: [], actors: ["米国"] },
      { statement: "北朝鮮は寧辺の廃棄と制裁解除を交換すると述べた。", topics: [], actors: ["北朝鮮"] },
      { statement: "米国は寧辺以外の核施設も対象だと述べた。", topics: [], actors: ["米国"] },
    ]);
    expect(topics).toEqual(expect.arrayContaining(["寧辺", "核施設", "廃棄"]));
    expect(topics).not.toContain("米国");
    expect(factTopics[1]).toEqual(expect.arrayContaining(["寧辺", "廃棄"]));
  });

  it("does not make a second column of a term inside another (首脳会談 / 米朝首脳会談)", () => {
    const { topics } = deriveTopics([
      { statement: "米朝首脳会談の開催を歓迎した。", topics: [], actors: ["中国"] },
      { statement: "米朝首脳会談の再開を求めた。", topics: [], actors: ["韓国"] },
      { statement: "次の首脳会談に期待を示した。", topics: [], actors: ["日本"] },
    ]);
    expect(topics.filter((t) => t.includes("首脳会談"))).toHaveLength(1);
  });
});
