import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { looksJapanese } from "./language";

describe("looksJapanese", () => {
  it("accepts Japanese prose, including prose quoting English names", () => {
    expect(looksJapanese(fs.readFileSync("lib/extract/__fixtures__/sample-news.txt", "utf8"))).toBe(true);
    expect(looksJapanese("トランプ大統領（Donald Trump）は12日、シンガポールで金正恩委員長と会談したと発表しました。")).toBe(true);
  });

  it("accepts a Japanese table of names and dates (kanji and katakana, little hiragana)", () => {
    const table = "日付\t出来事\t場所\n2018年6月12日\t米朝首脳会談\tシンガポール\n2019年2月27日\t第2回米朝首脳会談\tハノイ\n2019年6月30日\t板門店会談\t板門店";
    expect(looksJapanese(table)).toBe(true);
  });

  it("refuses English, Korean and Chinese text", () => {
    expect(looksJapanese("The leaders of the two countries met in Singapore on 12 June 2018 and signed a joint statement.")).toBe(false);
    expect(looksJapanese("북한과 미국은 2018년 6월 12일 싱가포르에서 정상회담을 열고 공동성명에 서명했다. 양국은 관계 개선에 합의했다.")).toBe(false);
    const chinese = "朝鲜与美国于二〇一八年六月十二日在新加坡举行首脑会谈并签署联合声明，双方同意建立新的关系，共同努力构建持久稳定的和平机制。".repeat(3);
    expect(looksJapanese(chinese)).toBe(false);
  });

  it("lets a text too short to judge through", () => {
    expect(looksJapanese("OK")).toBe(true);
  });
});
