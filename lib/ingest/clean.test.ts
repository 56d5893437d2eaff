import { describe, expect, it } from "vitest";
import type { CleanedDocument } from "@/lib/facts/types";
import { readSeed } from "@/lib/extract/__fixtures__/seeds";
import { cleanText } from "./clean";

const blocksOf = (doc: CleanedDocument, kind: string) =>
  doc.blocks.filter((b) => b.kind === kind).map((b) => doc.text.slice(b.start, b.end));

describe("cleanText on a two-column PDF extraction (seed 000)", () => {
  const doc = cleanText(readSeed("naigai"));
  const body = blocksOf(doc, "body").join("\n");

  it("folds every ruby reading into an annotation over its base", () => {
    const pairs = doc.ruby.map((r) => `${doc.text.slice(r.start, r.end)}:${r.reading}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        "平昌:ピョンチャン",
        "金英哲:キム・ヨンチョル",
        "金正恩:キム・ジョンウン",
        "寧辺:ニョンビョン",
        "豊渓里:プンゲリ",
        "板門店:パンムンジョム",
        "東倉里:トンチャンリ",
        "千里馬:チョルリマ",
        "平壌:ピョンヤン",
        "崔善姫:チェ・ソニ",
      ]),
    );
    expect(doc.text).not.toMatch(/[\uE000-\uE002]/);
    expect(doc.text).not.toContain("ピョンチャン");
  });

  it("drops page headers and joins wrapped lines without spaces", () => {
    expect(doc.text).not.toContain("6 内外情勢の回顧と展望");
    expect(doc.text).not.toContain("9特　集");
    expect(body).toContain("核実験や弾道ミサイル発射を繰り返し，平成29年（2017年）11月末");
    expect(body).toContain("前記の坑道爆破に外部の専門家");
    expect(body).toContain("3者の連携をアピールした（10月）。");
  });

  it("puts interleaved columns back in reading order", () => {
    expect(body).toContain("朝鮮半島の完全な非核化に取り組む意向を表明したのに対し，トランプ米国大統領は");
    expect(body).toContain("新たな米朝関係の確立を始めとした4項目");
    expect(body).toContain("金党委員長が中国の航空機でシンガポール入り");
    expect(body).toContain("対米関係への配慮をうかがわせた。");
    expect(body).toContain("金英哲党副委員長とポンペオ国務長官がニューヨークで会談することが決定されたものの，その直後に延期が発表された（11月）。");
    expect(body).toContain("北朝鮮が「完全な非核化」への取組を約束した後も");
    expect(body).toContain("米中関係に与える影響を抑えるため");
    expect(body).toContain("交渉が難航する場合には，米国の動向などを口実に");
    expect(body).toContain("韓国側に伝えた。これを受けて");
    expect(body).toContain("北朝鮮は，核実験及び大陸間弾道ミサイル（ICBM）発射実験の中止決定");
  });

  it("keeps captions, headings and tables apart from body text", () => {
    const captions = blocksOf(doc, "caption");
    expect(captions).toHaveLength(7);
    expect(captions.every((c) => /（写真\s*提供：[^）]+）$/.test(c))).toBe(true);
    expect(body).not.toContain("写真提供");
    expect(blocksOf(doc, "heading")).toEqual(
      expect.arrayContaining(["米朝首脳が非核化と体制の安全の「交換」で大枠合意", "米朝が史上初の首脳会談を開催，「非核化」をめぐる「直接対話」の局面に入った朝鮮半島情勢"]),
    );
    const [table1, table2] = blocksOf(doc, "table");
    expect(table1!.split("\n")).toHaveLength(5);
    expect(table1).toContain("・2018年4月27日の「板門店宣言」を再確認し，北朝鮮は，朝鮮半島の完全な非核化に向けて努力すると約束");
    expect(table1).not.toContain("\uFFFD");
    expect(table2).toContain("ICBMを少なくとも1基製造している兆候あり\n「ワシントン・ポスト」（7月30日付け）");
    expect(table2).not.toContain("哲党副委員長");
  });

  it("covers the text with ordered, non-overlapping blocks", () => {
    let last = 0;
    for (const b of doc.blocks) {
      expect(b.start).toBeGreaterThanOrEqual(last);
      expect(b.end).toBeGreaterThan(b.start);
      last = b.end;
    }
    expect(last).toBe(doc.text.length);
  });
});

describe("cleanText on web-page text (seed 002)", () => {
  const doc = cleanText(readSeed("newsweek"));

  it("marks the dateline and everything after the article's end as meta", () => {
    const meta = blocksOf(doc, "meta");
    expect(meta[0]).toBe("2019年12月10日(火)15時00分");
    expect(meta.at(-1)).toMatch(/^今、あなたにオススメ/);
    expect(meta.at(-1)).toContain("人気ランキング");
    const body = blocksOf(doc, "body").join("\n");
    expect(body).not.toContain("ランキング");
    expect(body.trim().endsWith("北朝鮮は協力的ではなかった。")).toBe(true);
  });

  it("keeps the photo caption and headline out of the body", () => {
    expect(blocksOf(doc, "caption")[0]).toContain("ロイター/Kevin Lamarque");
    expect(blocksOf(doc, "heading")).toEqual(expect.arrayContaining(["行き詰まりを見せる米朝非核化交渉、その背景は?", "敵視政策"]));
  });
});

describe("cleanText general rules", () => {
  it("joins Latin words across a line break with a space", () => {
    const raw = Array.from({ length: 10 }, (_, i) => `　段落${i}の本文はここで折り返されて次の行へ続いていくの`).join("\n") + "\nです。\n";
    const doc = cleanText(`Kim Jong\nUn said so.\n\n${raw}`, { layout: "columns" });
    expect(doc.text).toContain("Kim Jong Un");
  });

  it("handles empty and whitespace-only input", () => {
    expect(cleanText("")).toEqual({ text: "", ruby: [], blocks: [] });
    expect(cleanText(" \n\n\t\n")).toEqual({ text: "", ruby: [], blocks: [] });
  });

  it("never leaks private-use markers from the input", () => {
    const doc = cleanText("本文\uE000です。\uE001\uE002");
    expect(doc.text).toBe("本文です。");
  });
});

describe("a blog post's site header", () => {
  it("is furniture up to the post's date line: banner, tagline and teaser yield no body text", () => {
    const raw = [
      "友好をすすめる会です。アジアと世界を観る。", "", "ご入会ください。1ケ月¥500", "",
      "今回の会合では幅広く議論が行われる予定です。", "",
      "2018-12-04 | 外務省からの直接メール", "第14回交渉会合の開催", "",
      "12月6日から7日まで、北京において第14回交渉会合が開催される予定です。この会合には日本から代表が出席します。",
    ].join("\n");
    const doc = cleanText(raw);
    const body = doc.blocks.filter((b) => b.kind === "body").map((b) => doc.text.slice(b.start, b.end)).join("\n");
    expect(body).not.toContain("ご入会ください");
    expect(body).not.toContain("今回の会合では");
    expect(body).toContain("北京において第14回交渉会合が開催される予定です");
  });
});

describe("a database's record line", () => {
  it("is metadata, not body text: [場所] 東京[年月日] 2003年8月27日[出典] 外務省", () => {
    const raw = "[場所] 東京(記者クラブ)[年月日] 2003年8月27日[出典] 外務省[備考][全文]\n[文書名] 演説\n[年月日] 2003年8月27日\n\n本日は、この1年の取組について申し上げます。私は昨年3月にここで講演を行いました。";
    const doc = cleanText(raw);
    const body = doc.blocks.filter((b) => b.kind === "body").map((b) => doc.text.slice(b.start, b.end)).join("\n");
    expect(body).not.toContain("[場所]");
    expect(body).toContain("昨年3月にここで講演を行いました");
  });
});
