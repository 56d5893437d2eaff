import { describe, expect, it } from "vitest";
import { SAMPLE_ALIASES, lexiconOf } from "./__fixtures__/analysed";

const sideOf = (phrase: string) => lexiconOf(phrase, SAMPLE_ALIASES).sideOf(phrase);
const findActors = (text: string) => [...new Set(lexiconOf(text).find(text).flatMap((m) => m.actors))];
const findActorMentions = (text: string) => lexiconOf(text, SAMPLE_ALIASES).find(text);

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
    ["島村農水相", "日本"],
    ["オーストラリアの貿易相", "オーストラリア"],
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

  it.each([
    ["モロッコのブリタ外相は支援に謝意を示した。", "ブリタ外相", "モロッコ"],
    ["林外務大臣は記者会見で述べた。", "林外務大臣", "日本"],
    ["バイデン米国大統領が訪日した。", "バイデン米国大統領", "米国"],
    ["オーストラリアの貿易相は協定の意義を強調した。", "オーストラリア", "オーストラリア"],
  ])("finds a titled person of any country in %s", (text, form, side) => {
    const lex = lexiconOf(text);
    const mention = lex.find(text).find((m) => m.form === form);
    expect(mention?.actors).toEqual([side]);
  });

  it("does not find 国連 inside 東南アジア諸国連合", () => {
    expect(findActors("東南アジア諸国連合の会合")).toEqual(["ASEAN"]);
  });

  it("resolves 同国, 同氏 and 両国 to the mentions before them", () => {
    const text = "モロッコのブリタ外相が来日した。同氏は同国の復興を訴えた。日本とタイの両国は合意した。";
    const lex = lexiconOf(text);
    const refs = lex.inRange(0, text.length).filter((m) => m.kind === "reference");
    expect(refs.map((m) => [m.form, m.actors])).toEqual([
      ["同氏", ["モロッコ"]],
      ["同国", ["モロッコ"]],
      ["両国", ["日本", "タイ"]],
    ]);
  });

  it("reads organisations and their country: 中国商務部, 外務省, 最高裁判所", () => {
    const text = "中国商務部と外務省、最高裁判所が発表した。";
    const lex = lexiconOf(text);
    expect(lex.sideOf("中国商務部")).toBe("中国");
    expect(lex.sideOf("外務省")).toBe("日本");
    expect(lex.sideOf("最高裁判所")).toBe("最高裁判所");
  });

  it("a common noun alone is a kind or an act, not a body (通信, 離党, 大政党, 会社); roles (検察, 与党) and named bodies stay", () => {
    const text = "通信が途絶え、議員は離党し、大政党と会社が反対した。検察と与党、共同通信、立憲民政党、国会が発表した。";
    const actors = findActors(text);
    for (const generic of ["通信", "離党", "大政党", "会社"]) expect(actors).not.toContain(generic);
    for (const named of ["検察", "与党", "共同通信", "立憲民政党", "国会"]) expect(actors).toContain(named);
  });

  it("a ministry alone is Japan's only when it is one of Japan's (外務省, 大蔵省), not 国防総省", () => {
    const text = "外務省と大蔵省、国防総省が発表した。";
    const lex = lexiconOf(text);
    expect(lex.sideOf("外務省")).toBe("日本");
    expect(lex.sideOf("大蔵省")).toBe("日本");
    expect(lex.sideOf("国防総省")).not.toBe("日本");
  });

  it("a counter (第6回) opens no name and a bracket ends one: no 回アフリカ開発会議(TICAD", () => {
    expect(findActors("第6回アフリカ開発会議(TICAD VI)をケニアで開催した。").some((a) => /回|\(/.test(a))).toBe(false);
  });
});

describe("people the dictionary does not know", () => {
  it("a name before 氏, 選手, さん is a person; a group or a role before them is not", () => {
    const lex = lexiconOf("蓮舫氏は訴えた。長谷川帝勝選手が銀メダルを獲得した。日本選手は4人いる。同氏は述べた。");
    const people = lex.find("蓮舫氏は訴えた。長谷川帝勝選手が銀メダルを獲得した。日本選手は4人いる。").filter((m) => m.kind === "person").map((m) => m.form);
    expect(people).toEqual(expect.arrayContaining(["蓮舫氏", "長谷川帝勝選手"]));
    expect(people.some((f) => f.startsWith("日本"))).toBe(false);
  });

  it("a variant character the dictionary lacks (髙) is read as its standard form, and shown as written", () => {
    const text = "髙木美帆選手が銅メダルを獲得した。";
    const people = lexiconOf(text).find(text).filter((m) => m.kind === "person").map((m) => m.form);
    expect(people.some((f) => f.startsWith("髙木美帆"))).toBe(true);
  });
});
