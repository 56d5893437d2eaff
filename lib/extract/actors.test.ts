import { describe, expect, it } from "vitest";
import { findActorMentions, findActors, sideOf } from "./actors";

describe("actors", () => {
  it.each([
    ["金党委員長", "北朝鮮"],
    ["金正恩朝鮮労働党委員長", "北朝鮮"],
    ["金英哲党副委員長", "北朝鮮"],
    ["北朝鮮の金星国連大使", "北朝鮮"],
    ["トランプ米国大統領", "米国"],
    ["マイク・ポンペオ国務長官", "米国"],
    ["習近平国家主席", "中国"],
    ["ラブロフ外相", "ロシア"],
    ["文在寅大統領", "韓国"],
    ["国際原子力機関（IAEA）", "IAEA"],
    ["国連安全保障理事会", "国連安保理"],
    ["岸田首相", "日本"],
  ])("%s speaks for %s", (phrase, side) => {
    expect(sideOf(phrase)).toBe(side);
  });

  it("expands compounds of abbreviations", () => {
    expect(findActors("米朝首脳会談")).toEqual(["米国", "北朝鮮"]);
    expect(findActors("中・露・朝の3か国")).toEqual(["中国", "ロシア", "北朝鮮"]);
    expect(findActors("南北首脳会談")).toEqual(["韓国", "北朝鮮"]);
    expect(findActors("米中貿易摩擦")).toEqual(["米国", "中国"]);
  });

  it("does not read places and days as actors", () => {
    expect(findActors("朝鮮半島の完全な非核化")).toEqual([]);
    expect(findActors("3月28日中に")).toEqual([]);
    expect(findActors("朝鮮戦争終戦宣言")).toEqual([]);
  });

  it("prefers the longest name and reports offsets", () => {
    const text = "韓国大統領特使団は，北朝鮮";
    const mentions = findActorMentions(text);
    expect(mentions.map((m) => m.form)).toEqual(["韓国大統領特使団", "北朝鮮"]);
    expect(text.slice(mentions[1]!.start, mentions[1]!.end)).toBe("北朝鮮");
  });
});
