import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/ingest/clean";
import { extract } from "./__fixtures__/analysed";

// Made-up sentences: each date dates only the clause it belongs to.
const factsOf = (raw: string) => extract(cleanText(raw), { publishedAt: "2024-01-01" });
const dateOf = (raw: string, quotePart: string) => factsOf(raw).find((f) => f.quote.includes(quotePart))?.date?.value ?? null;

describe("a count or total over a span", () => {
  it("is no happening of the year the span starts: the total is its own undated fact", () => {
    const raw = "北村浩二は1975年より地元球団の監督に就任し、在任中にリーグ優勝に5回、日本一には2回輝いた。";
    expect(dateOf(raw, "監督に就任し")).toBe("1975");
    const total = factsOf(raw).find((f) => f.quote.includes("2回輝いた"));
    expect(total?.quote).not.toContain("1975年");
    expect(total?.date).toBeNull();
  });

  it("leaves a total counted from a year undated (2001年から通算200勝)", () => {
    expect(dateOf("鈴木投手は2001年から通算200勝を挙げた。", "通算200勝")).toBeNull();
  });

  it("splits a total told after a dated founding (結成され、…計12回行った)", () => {
    const raw = "この楽団は1950年に結成され、これまでに海外公演を計12回行った。";
    expect(dateOf(raw, "結成され")).toBe("1950");
    expect(dateOf(raw, "計12回")).toBeNull();
  });
});

describe("a date inside a relative clause or a noun's parenthesis", () => {
  it("times the thing acted on, not the act (2006年に定めた定義を見直した)", () => {
    expect(dateOf("天文学の国際組織は2006年に定めた惑星の定義を見直した。", "見直した")).toBeNull();
    expect(dateOf("会社は2010年に設立された子会社を売却し、事業を縮小した。", "売却し")).toBeNull();
  });

  it("does not date a statement about that thing either (2019年に採択された原則を見直すと表明した)", () => {
    expect(dateOf("政府は2019年に採択された原則を見直すと表明した。", "表明した")).not.toBe("2019");
  });

  it("leaves the later act its own year (2019年に採択された原則を2023年に改定した)", () => {
    expect(dateOf("委員会は2019年に採択された原則を2023年に改定した。", "改定した")).toBe("2023");
  });

  it("keeps each dated happening a list of relative clauses names (1976年に発覚した…事件、また1988年に…)", () => {
    const facts = factsOf("1976年に発覚した収賄事件、また1988年に発覚した株譲渡事件は政界を揺るがした。");
    expect(facts.map((f) => f.date?.value).sort()).toEqual(["1976", "1988"]);
  });

  it("reads a bare year in parentheses after a noun as the noun's (会議（1956年）で, 五輪（1964年）を機に)", () => {
    expect(dateOf("人工知能という言葉はある研究会議（1956年）で生まれた。", "生まれた")).toBeNull();
    expect(dateOf("市は東京オリンピック（1964年）を機に道路を整備した。", "整備した")).toBeNull();
  });

  it("keeps a year in parentheses that spells out a time word (後年（1985年）には…行われた)", () => {
    expect(dateOf("更に後年（1985年）には発掘調査も行われた。", "発掘調査")).toBe("1985");
  });

  it("keeps a plan's month dating its cancelling (8月下旬に予定されていた訪問を中止)", () => {
    expect(dateOf("大統領は2018年8月下旬に予定されていた長官の訪問を中止すると発表した。", "中止")).toBe("2018-08");
  });
});

describe("a sentence that sums up what stands", () => {
  it("takes no date carried from the sentence before (常々…と語っている, …として知られる)", () => {
    expect(dateOf("山田社長は2010年5月3日に就任した。社長は常々「品質が第一だ」と語っている。", "常々")).toBeNull();
    expect(dateOf("画家の森は2010年5月3日に個展を開いた。森は色彩の魔術師として知られる。", "知られる")).toBeNull();
  });

  it("still lets a statement of the narration's day take it", () => {
    expect(dateOf("2010年5月3日、新しい橋が開通した。市は開通を歓迎すると表明した。", "歓迎する")).toBe("2010-05-03");
  });
});
