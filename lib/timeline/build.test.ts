import { describe, expect, it } from "vitest";
import { buildTimeline, type TimelineFact } from "./build";

const fact = (id: string, dateValue: string, datePrecision: TimelineFact["datePrecision"], actors: string[]): TimelineFact => ({
  id, kind: "event", dateValue, datePrecision, statement: id, actors, documentSlug: "d", documentTitle: "D", cardCount: 1,
});

describe("buildTimeline", () => {
  const facts = [
    fact("hanoi", "2019-02-27", "day", ["米国", "北朝鮮"]),
    fact("singapore", "2018-06-12", "day", ["米国", "北朝鮮"]),
    fact("year-only", "2018", "year", ["北朝鮮"]),
    fact("panmunjom", "2018-04-27", "day", ["韓国", "北朝鮮"]),
    fact("june", "2018-06", "month", ["中国"]),
  ];

  it("groups by year then month in date order, year-only facts first", () => {
    const { years } = buildTimeline(facts);
    expect(years.map((y) => y.year)).toEqual(["2018", "2019"]);
    expect(years[0]!.months.map((m) => m.month)).toEqual([null, "04", "06"]);
    expect(years[0]!.months[2]!.facts.map((f) => f.id)).toEqual(["june", "singapore"]);
  });

  it("filters by actor and lists actors by frequency", () => {
    const { years, actors } = buildTimeline(facts, "韓国");
    expect(years.flatMap((y) => y.months.flatMap((m) => m.facts.map((f) => f.id)))).toEqual(["panmunjom"]);
    expect(actors[0]).toBe("北朝鮮");
    expect(actors).toEqual(expect.arrayContaining(["米国", "韓国", "中国"]));
  });
});
