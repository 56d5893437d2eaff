import { describe, expect, it } from "vitest";
import { analyser } from "./__fixtures__/analysed";
import { findCues, tellsNoHappening } from "./cues";

const cuesOf = (text: string) => findCues(text, new Uint8Array(text.length), analyser(text), 0).map((c) => c.word);

describe("findCues: predicates by their dictionary form", () => {
  it("every inflection of a saying verb with reported content is one cue", () => {
    for (const s of ["首相は協力すると述べた。", "首相は協力すると述べました。", "首相は協力すると述べており、", "首相は協力すると語りました。", "外相は問題ないと言い、"]) {
      expect(cuesOf(s), s).toHaveLength(1);
    }
  });

  it("stance verbs and サ変 nouns state by themselves; a noun and its suffix count as one (重要視)", () => {
    expect(cuesOf("北朝鮮は制裁の解除を求めている。")).toEqual(["求める"]);
    expect(cuesOf("政府は提案を拒んだ。")).toEqual(["拒む"]);
    expect(cuesOf("日本は米国との関係を重要視した。")).toEqual(["重要視"]);
    expect(cuesOf("両国は合意を再確認した。")).toEqual(["確認"]);
    expect(cuesOf("各国は制裁の継続との主張を繰り返した。")).toEqual(["主張"]);
  });

  it("a word that only contains a cue's letters is none (対話する is not 話す, 訴えの利益 is not 訴える)", () => {
    expect(cuesOf("北朝鮮は米国と対話する用意があり，")).toEqual([]);
    expect(cuesOf("被告人は訴えの利益がないため、無罪が確定した。")).toEqual([]);
    expect(cuesOf("E案の趣旨説明が行われている。")).toEqual([]);
  });

  it("unsaid, said-by-no-one and nominalised predicates state nothing; a passive demand with its agent does", () => {
    expect(cuesOf("首相はその件について語らなかった。")).toEqual([]);
    expect(cuesOf("首相は支持しなかった。")).toEqual(["支持"]);
    expect(cuesOf("その計画は失敗だったと言われている。")).toEqual([]);
    expect(cuesOf("先程、ロンドンと言いましたのは、最初の出張のことです。")).toEqual([]);
    expect(cuesOf("対応が求められている。")).toEqual([]);
    expect(cuesOf("患者団体などからは、ドナーの拡大を求められている。")).toEqual(["求める"]);
  });

  it("a saying verb without reported content is no statement (首相が経緯を説明した is an act)", () => {
    expect(cuesOf("首相が記者団に経緯を説明した。")).toEqual([]);
    expect(cuesOf("首相は問題ないと説明した。")).toEqual(["説明"]);
  });
});

describe("findCues: a reported statement that times something else", () => {
  it("is still a statement (竹下が「…」と声明したことを受けて…), unlike a bare stance word that only times (約束した後も)", () => {
    expect(cuesOf("竹下が「1ドル=190円でもかまわない」と声明したことを受けて円高が進んだ。")).toEqual(["声明"]);
    expect(cuesOf("北朝鮮は凍結を約束した後も実験を続けた。")).toEqual([]);
  });
});

describe("tellsNoHappening: sentences that narrate nothing of their own", () => {
  it("counterfactuals, projections, explanations, pointers and bibliography lines", () => {
    for (const s of [
      "仮に打ち上げが成功していれば、探査は続いた。",
      "このまま進むと、探査機は火星を通過することになる。",
      "8月解散が少ないのは、国会が閉会していることが多いためである。",
      "除名された斎藤は日記にこう書く。",
      "疎明及び審理の全趣旨によると、次の事実が一応認められる。",
      "松浦晋也『恐るべき旅路』朝日新聞社、2005年5月。",
      "公害防止計画とは、「当該地域において実施されるべき施策に係る計画」をいう。",
      "本書では、第1章で日本を取り巻く国際情勢について概観し、第2章で2016年の出来事を説明しています。",
      "このページでは2026年2月に開催された大会の結果を掲載する。",
      "■第１-５-１図　行政における生成ＡＩの活用例（2023年6月）",
      "資料：デジタル庁「実証実験の結果について」（2023年10月）",
    ]) expect(tellsNoHappening(s), s).toBe(true);
  });

  it("a plain happening or statement is one", () => {
    expect(tellsNoHappening("2005年8月8日、衆議院が解散された。")).toBe(false);
    expect(tellsNoHappening("首相は「解散する」と述べた。")).toBe(false);
    expect(tellsNoHappening("スプートニク・ショックとは、1957年10月4日のソ連による人工衛星の打ち上げ成功の報による危機感である。")).toBe(false);
  });
});

describe("findCues: what the analyser's words settle", () => {
  it("not saying (言及していない) states nothing; not holding a stance (重要視していない) or not thinking so is a view", () => {
    expect(cuesOf("首相はその件に言及していない。")).toEqual([]);
    expect(cuesOf("米政府はこうした期限を重要視していない。")).toEqual(["重要視"]);
    expect(cuesOf("議員は本当に解散をすると考えていなかった。")).toEqual(["考える"]);
  });

  it("reported content is a quotative particle or a content noun (…ことを実感), never として", () => {
    expect(cuesOf("日本の存在感が高まっていることを強く実感しています。")).toEqual(["実感"]);
    expect(cuesOf("議員は解散を脅しとしてしか考えておらず、")).toEqual([]);
  });

  it("a construction's verb is a word of its own (…の意向を示した, not …意思を明示する)", () => {
    expect(cuesOf("政府は協議に応じる意向を示した。")).toHaveLength(1);
    expect(cuesOf("臓器提供の意思を明示する必要がある。")).toEqual([]);
  });
});

describe("findCues: conditions", () => {
  it("a cue inside a condition states nothing (遺族が拒まない場合に限り…)", () => {
    expect(cuesOf("遺族が拒まない場合に限り、臓器を摘出できる。")).toEqual([]);
  });
});
