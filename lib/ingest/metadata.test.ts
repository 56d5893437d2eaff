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

  it("returns nulls when the text says nothing", () => {
    expect(findMetadata("")).toEqual({ title: null, publisher: null, publishedAt: null });
  });
});
