import { describe, expect, it } from "vitest";
import { bracketsBalanced, endsOpen, hasDateOutsideQuotes, isCleanPhrase, startsOpen } from "./text-rules";

describe("text rules", () => {
  it("endsOpen: connective endings, not complete phrases", () => {
    for (const t of ["会談し", "受けて", "実施したほか", "するとともに", "約束したものの", "など", "しつつ", "開かれたが", "対話する中"]) expect(endsOpen(t), t).toBe(true);
    for (const t of ["核実験を実施", "合意に至らず", "首脳会談を開催した。", "シンガポール", "ニョンビョン"]) expect(endsOpen(t), t).toBe(false);
  });
  it("startsOpen: a continuation of a previous sentence", () => {
    expect(startsOpen("ところが今月1日、実験が行われた")).toBe(true);
    expect(startsOpen("北朝鮮が実験を実施")).toBe(false);
  });
  it("bracketsBalanced", () => {
    expect(bracketsBalanced("「米朝共同声明」（2018年）")).toBe(true);
    expect(bracketsBalanced("「米朝共同声明」を受けて「訪朝")).toBe(false);
    expect(bracketsBalanced("声明）")).toBe(false);
  });
  it("hasDateOutsideQuotes: absolute and relative dates, names in 「」 excepted", () => {
    expect(hasDateOutsideQuotes("今月1日、実験が行われた")).toBe(true);
    expect(hasDateOutsideQuotes("同年、会談した")).toBe(true);
    expect(hasDateOutsideQuotes("「9月平壌共同宣言」を発表")).toBe(false);
  });
  it("isCleanPhrase combines them with a length limit", () => {
    expect(isCleanPhrase("米朝首脳会談をシンガポールで開催", { maxLength: 60, dateless: true })).toBe(true);
    expect(isCleanPhrase("米朝首脳会談をシンガポールで開催", { maxLength: 10 })).toBe(false);
    expect(isCleanPhrase("6月12日、米朝首脳会談を開催", { maxLength: 60, dateless: true })).toBe(false);
    expect(isCleanPhrase("〇〇、首脳会談を開催", { maxLength: 60 })).toBe(false);
    expect(isCleanPhrase(null, { maxLength: 60 })).toBe(false);
  });
});
