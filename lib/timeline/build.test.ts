import { describe, expect, it } from "vitest";
import { buildTimeline, isNearDuplicate, mergeNearDuplicates, titleSimilarity, type TimelineFact } from "./build";

let offset = 0;
const fact = (id: string, dateValue: string, datePrecision: TimelineFact["datePrecision"], actors: string[], over: Partial<TimelineFact> = {}): TimelineFact => {
  offset += 100;
  return {
    id, kind: "event", dateValue, datePrecision, statement: id, headline: "", actors, documentId: "doc", documentSlug: "d", documentTitle: "D",
    start: offset, end: offset + 50, cardCount: 1, ...over,
  };
};

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

describe("timeline entries", () => {
  it("shows the headline, or the statement when there is none", () => {
    const [withHeadline, without] = mergeNearDuplicates([
      fact("a", "2018-06-12", "day", ["米国"], { statement: "2018年6月12日、シンガポールで史上初の米朝首脳会談が行われ、…", headline: "米朝首脳会談をシンガポールで開催" }),
      fact("b", "2018-04-27", "day", ["韓国"], { statement: "南北首脳会談が板門店で開かれた。" }),
    ]);
    expect(withHeadline!.title).toBe("米朝首脳会談をシンガポールで開催");
    expect(without!.title).toBe("南北首脳会談が板門店で開かれた");
  });

  it("never shows a fragment: a headline left open gives way to the fact's sentence, empty brackets dropped", () => {
    const [entry] = mergeNearDuplicates([
      fact("c", "2018-11", "month", ["北朝鮮"], { statement: "その直後に延期が発表された（）。", headline: "に延期が発表された（" }),
    ]);
    expect(entry!.title).toBe("その直後に延期が発表された");
  });

  it("closes a clause the extraction cut off (…とともに, …を公開し（5月）)", () => {
    const [a, b] = mergeNearDuplicates([
      fact("d", "2018-04", "month", ["北朝鮮"], { statement: "北朝鮮は，実験の中止決定を発表する（4月）とともに", headline: "実験の中止決定を発表する（）とともに" }),
      fact("e", "2018-05", "month", ["北朝鮮"], { statement: "外国メディアに実験場の坑道爆破を公開し（5月）", headline: "" }),
    ]);
    expect(a!.title).toBe("北朝鮮は，実験の中止決定を発表する（4月）");
    expect(b!.title).toBe("外国メディアに実験場の坑道爆破を公開した（5月）");
  });

  it("merges one event told twice (same date and near-identical headline, or the same span) into one entry with both sources", () => {
    const facts = [
      fact("naigai", "2018-06-12", "day", ["米国", "北朝鮮"], { headline: "米朝首脳会談をシンガポールで開催", documentSlug: "naigai", documentId: "d1", cardCount: 2 }),
      fact("news", "2018-06-12", "day", ["北朝鮮", "中国"], { headline: "シンガポールで米朝首脳会談を開催", documentSlug: "news", documentId: "d2", cardCount: 5 }),
      fact("same-span", "2018-06-12", "day", ["米国"], { headline: "米朝共同声明に署名", documentId: "d1", start: 0, end: 10 }),
      fact("overlap", "2018-06-12", "day", ["米国"], { headline: "両首脳が共同声明に署名した", documentId: "d1", start: 5, end: 20 }),
      fact("other-day", "2018-06-13", "day", ["米国"], { headline: "米朝首脳会談をシンガポールで開催", documentId: "d1" }),
      fact("other-event", "2018-06-12", "day", ["韓国"], { headline: "韓国が米韓合同軍事演習の中止を検討", documentId: "d1" }),
    ];
    const entries = mergeNearDuplicates(facts);
    expect(entries.map((e) => e.sources.map((s) => s.factId))).toEqual([["naigai", "news"], ["same-span", "overlap"], ["other-day"], ["other-event"]]);
    expect(entries[0]).toMatchObject({ title: "米朝首脳会談をシンガポールで開催", actors: ["米国", "北朝鮮", "中国"], cardFactId: "news", cardCount: 5 });
    const { years } = buildTimeline(facts);
    expect(years.flatMap((y) => y.months.flatMap((m) => m.facts))).toHaveLength(4);
  });

  it("keeps different events of one day apart; a title that contains another is the same event", () => {
    const a = fact("a", "2017-09-03", "day", ["北朝鮮"], { headline: "北朝鮮が6回目の核実験" });
    const b = fact("b", "2017-09-03", "day", ["北朝鮮"], { headline: "北朝鮮が弾道ミサイルを発射" });
    const c = fact("c", "2017-09-03", "day", ["北朝鮮"], { headline: "北朝鮮が豊渓里で6回目の核実験" });
    expect(isNearDuplicate(a, b)).toBe(false);
    expect(isNearDuplicate(a, c)).toBe(true);
    // One decision told by two documents, one spelling out ICBM (and naming the occasion), on one month.
    const d1 = fact("d1", "2018-04", "month", ["北朝鮮"], { headline: "北朝鮮は核実験及び大陸間弾道ミサイル（ICBM）発射実験の中止決定を発表する", documentId: "d1" });
    const d2 = fact("d2", "2018-04", "month", ["北朝鮮"], { headline: "北朝鮮は米朝首脳会談を前に，核実験及びICBM発射実験の中止を決定した", documentId: "d2" });
    const d3 = fact("d3", "2018-04", "month", ["北朝鮮"], { headline: "北朝鮮は大陸間弾道ミサイル（ICBM）を発射した", documentId: "d2" });
    expect(isNearDuplicate(d1, d2)).toBe(true);
    expect(isNearDuplicate(d1, d3)).toBe(false);
    expect(titleSimilarity("米朝首脳会談", "米朝首脳会談")).toBe(1);
    expect(titleSimilarity("米朝首脳会談", "制裁")).toBe(0);
  });
});
