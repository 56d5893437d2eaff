import { describe, expect, it } from "vitest";
import { pointsBack, bracketsBalanced, endsOpen, hasDateOutsideQuotes, hasMarkup, isCleanPhrase, readsAsStatement, startsOpen } from "./text-rules";

describe("text rules", () => {
  it("endsOpen: connective endings, not complete phrases", () => {
    for (const t of ["会談し", "受けて", "実施したほか", "するとともに", "約束したものの", "など", "しつつ", "開かれたが", "対話する中", "法改正により", "これに伴い"]) expect(endsOpen(t), t).toBe(true);
    for (const t of ["核実験を実施", "合意に至らず", "首脳会談を開催した。", "シンガポール", "ニョンビョン"]) expect(endsOpen(t), t).toBe(false);
  });
  it("startsOpen: a continuation of a previous sentence, a cut-off start, list numbering, a word cut out", () => {
    for (const t of ["ところが今月1日、実験が行われた", "いずれも主席と会談", "中止し、政策を見直すべきだ", "から回復した旧領土を返還", "2 第1回交渉会合を開催", "制度をから導入", "からは、意思表示に併せて提供できる", "委員会ではと法案審議が行われる"])
      expect(startsOpen(t), t).toBe(true);
    expect(startsOpen("北朝鮮が実験を実施")).toBe(false);
    expect(startsOpen("両首脳は宣言に署名した")).toBe(false);
  });
  it("readsAsStatement: a predicate or a noun of intent, not a bare noun phrase", () => {
    for (const t of ["制裁の解除を求めた", "見直すべきだ", "寧辺以外には存在しない", "非核化に取り組む意向", "「システマティックな保証」"]) expect(readsAsStatement(t), t).toBe(true);
    for (const t of ["共同歩調", "3者の連携", "直ちに金党委員長", "標ぼうするなど緊張", "協力的ではなかっ"]) expect(readsAsStatement(t), t).toBe(false);
  });
  it("pointsBack: anaphora that needs the source sentence", () => {
    for (const t of ["韓国がこれを米国に伝達", "前記の坑道爆破に立ち会わせない", "それに呼応した措置を講じていない"]) expect(pointsBack(t), t).toBe(true);
    expect(pointsBack("北朝鮮が豊渓里で核実験を実施")).toBe(false);
  });
  it("hasMarkup: wiki, Markdown and database page furniture", () => {
    for (const t of ['核実験.md "wikilink"', "Category:日朝関係", "[場所] 東京[年月日]", "https://example.jp"]) expect(hasMarkup(t), t).toBe(true);
    expect(hasMarkup("日EU経済連携協定（EPA）")).toBe(false);
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
