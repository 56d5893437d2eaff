import { describe, expect, it } from "vitest";
import { readSeed } from "@/lib/extract/__fixtures__/seeds";
import { findMetadata } from "./metadata";

describe("findMetadata", () => {
  it("reads the news seed's headline, dateline and publisher", () => {
    expect(findMetadata(readSeed("newsweek"))).toEqual({
      title: "行き詰まりを見せる米朝非核化交渉、その背景は?",
      publisher: "ニューズウィーク日本版",
      publishedAt: { value: "2019-12-10", precision: "day" },
    });
  });

  it("takes the review's title from its running page header", () => {
    expect(findMetadata(readSeed("naigai"))).toMatchObject({ title: "内外情勢の回顧と展望", publishedAt: null });
  });

  it("reads 和暦 and slashed datelines", () => {
    expect(findMetadata("見出し\n公開日：令和元年5月1日\n本文。").publishedAt).toEqual({ value: "2019-05-01", precision: "day" });
    expect(findMetadata("見出し\n2020/03/04 12:30 配信\n本文。")).toMatchObject({
      title: "見出し",
      publishedAt: { value: "2020-03-04", precision: "day" },
    });
  });

  it("a title line closing with its day in parentheses dates the document when no dateline does", () => {
    expect(findMetadata("山田文部科学大臣記者会見録（令和5年10月3日）\n【記者】日程を伺います。").publishedAt).toEqual({ value: "2023-10-03", precision: "day" });
    expect(findMetadata("研究所の沿革（1990年に設立）\n本文。").publishedAt).toBeNull();
  });

  it("reads a Diet record's dateline in kanji numerals with its weekday (平成二十八年五月十八日（水曜日）)", () => {
    const raw = "第百九十回国会　環境委員会　第九号\n平成二十八年五月十八日（水曜日）\n○委員長（佐藤花子君）　これより会議を開きます。";
    expect(findMetadata(raw)).toMatchObject({ title: "第百九十回国会　環境委員会　第九号", publishedAt: { value: "2016-05-18", precision: "day" } });
  });

  it("names and dates a document by its record's fields (データベース「世界と日本」)", () => {
    const speech = "[内閣名] 第88代第2次小泉純一郎内閣\n[国会回次] 第162回(常会)\n[演説者] 小泉純一郎内閣総理大臣\n[演説種別] 施政方針演説\n[衆議院演説年月日] 2005/1/21\n[全文]\n演説に先立ち、所信を申し述べます。";
    expect(findMetadata(speech)).toMatchObject({ title: "小泉純一郎内閣総理大臣 施政方針演説", publishedAt: { value: "2005-01-21", precision: "day" } });
    const record = "データベース「世界と日本」\n\n[文書名] 川口外務大臣演説,日本外交の課題\n\n[場所] 東京(日本記者クラブ)\n[年月日] 2003年8月27日\n[出典] 外務省\n[全文]\n本文。";
    expect(findMetadata(record)).toMatchObject({ title: "川口外務大臣演説,日本外交の課題", publishedAt: { value: "2003-08-27", precision: "day" } });
    expect(findMetadata("[場所] 東京[年月日] 2003年8月27日[文書名] 会見記録\n本文。")).toMatchObject({ title: "会見記録", publishedAt: { value: "2003-08-27" } });
  });

  it("a date on a line of its own is no running page header (2月10日 is not page 2 of 「月10日」)", () => {
    const text = "このページでは大会の結果を掲載する。\n\n2月5日\n\n予選が行われた。\n\n2月10日\n\n決勝が行われた。";
    expect(findMetadata(text).title).not.toMatch(/^月/);
  });

  it("a lone bracketed note is no record", () => {
    expect(findMetadata("見出し\n【注】2003年8月27日に改訂\n本文。").title).toBe("見出し");
  });

  it("returns nulls when the text says nothing", () => {
    expect(findMetadata("")).toEqual({ title: null, publisher: null, publishedAt: null });
  });
});
