import { describe, expect, it } from "vitest";
import { estimateSyllables, foldReading, isReadingLine, mergeRubyLines, visibleText } from "./ruby";

describe("ruby readings on lines of their own", () => {
  it.each([
    ["ピョンチャン", 2],
    ["ニョンビョン", 2],
    ["プ ン ゲ リ", 3],
    ["トンチャンリ", 3],
    ["パンムンジョム", 3],
    ["チョルリマ", 3],
    ["サヌムドン", 3],
    ["キム・ヨンチョル", 3],
    ["チェ・ソニ", 3],
  ])("estimates %s as %i syllables", (reading, n) => {
    expect(estimateSyllables(reading)).toBe(n);
  });

  it("recognises reading lines and nothing else", () => {
    expect(isReadingLine("キム・ヨンチョル")).toBe(true);
    expect(isReadingLine("プ ン ゲ リ")).toBe(true);
    expect(isReadingLine("ヨークで会談")).toBe(false);
    expect(isReadingLine("ア")).toBe(false);
  });

  it("folds a reading between the last kanji before and the kanji after", () => {
    expect(visibleText(foldReading("北朝鮮は，平", "ピョンチャン", "昌冬季オリンピック")!)).toBe("北朝鮮は，平昌冬季オリンピック");
    expect(foldReading("北朝鮮は，", "ピョンチャン", "昌冬季")).toBeNull();
  });

  const fold = (lines: string[]) => mergeRubyLines(lines).map(visibleText);

  it("handles each layout of seed 000", () => {
    expect(fold(["北朝鮮は，平", "ピョンチャン", "", "昌冬季オリンピック競技大"])).toEqual(["北朝鮮は，平昌冬季オリンピック競技大"]);
    expect(fold(["訪韓した金", "", "キム・ヨンチョル", "", "英 哲", "党副委員長を通じ"])).toEqual(["訪韓した金英哲", "党副委員長を通じ"]);
    expect(fold(["金", "", "キム・ジョンウン", "", "正 恩党委員"])).toEqual(["金正恩党委員"]);
    expect(fold(["に応じて寧", "ニョンビョン", "", "辺核施設の永久廃棄"])).toEqual(["に応じて寧辺核施設の永久廃棄"]);
    expect(fold(["外国メディアに豊", "", "プ ン ゲ リ", "", "渓里核実験場の"])).toEqual(["外国メディアに豊渓里核実験場の"]);
    expect(fold(["平壌郊外の千", "チョルリマ", "里馬に位置する"])).toEqual(["平壌郊外の千里馬に位置する"]);
  });

  it("keeps the reading over exactly the base", () => {
    const [line] = mergeRubyLines(["外国メディアに豊", "", "プ ン ゲ リ", "", "渓里核実験場の"]);
    expect(line).toContain("\uE000豊渓里\uE001プンゲリ\uE002核実験場");
  });

  it("leaves a kana line alone when no kanji frames it", () => {
    expect(fold(["ニュース", "ワールド", "記事"])).toEqual(["ニュース", "ワールド", "記事"]);
  });
});
