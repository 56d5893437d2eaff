import { describe, expect, it } from "vitest";
import { isTypedAnswerCorrect, katakanaToHiragana, normalizeAnswer, sameAnswer } from "./normalize-answer";

describe("normalizeAnswer", () => {
  it("folds full/half width and katakana/hiragana", () => {
    expect(normalizeAnswer("ニョンビョン")).toBe("にょんびょん");
    expect(normalizeAnswer("ﾆｮﾝﾋﾞｮﾝ")).toBe("にょんびょん");
    expect(normalizeAnswer("ＩＡＥＡ")).toBe("iaea");
    expect(normalizeAnswer("１２３")).toBe("123");
  });

  it("strips spaces, punctuation, 「」 and ・", () => {
    expect(normalizeAnswer(" 「米朝 共同・声明」。")).toBe("米朝共同声明");
    expect(normalizeAnswer("キム・ジョンウン")).toBe(normalizeAnswer("キムジョンウン"));
    expect(normalizeAnswer("　北朝鮮　")).toBe("北朝鮮");
  });

  it("spells out the long vowel mark and folds おう/えい", () => {
    expect(normalizeAnswer("そーる")).toBe(normalizeAnswer("ソウル"));
    expect(normalizeAnswer("コーヒー")).toBe(normalizeAnswer("こうひい"));
    expect(normalizeAnswer("せんせー")).toBe(normalizeAnswer("せんせい"));
  });

  it("keeps digit groups apart so different dates stay different", () => {
    expect(normalizeAnswer("2018/6/12")).toBe(normalizeAnswer("2018-06-12"));
    expect(normalizeAnswer("2018/1/12")).not.toBe(normalizeAnswer("2018/11/2"));
    expect(normalizeAnswer("2018年06月")).toBe("2018年6月");
    expect(normalizeAnswer("0")).toBe("0");
  });

  it("katakanaToHiragana leaves kanji and latin alone", () => {
    expect(katakanaToHiragana("寧辺ニョンビョンabc")).toBe("寧辺にょんびょんabc");
  });
});

describe("isTypedAnswerCorrect", () => {
  it("accepts any accepted form", () => {
    expect(isTypedAnswerCorrect("にょんびょん", ["ニョンビョン"])).toBe(true);
    expect(isTypedAnswerCorrect("2018/6/12", ["2018年6月12日", "2018-06-12"])).toBe(true);
    expect(isTypedAnswerCorrect("ﾊﾟﾝﾑﾝｼﾞｮﾑ", ["パンムンジョム"])).toBe(true);
  });

  it("rejects wrong and empty answers", () => {
    expect(isTypedAnswerCorrect("ぷんげり", ["ニョンビョン"])).toBe(false);
    expect(isTypedAnswerCorrect("", [""])).toBe(false);
    expect(isTypedAnswerCorrect("・ 。", ["ニョンビョン"])).toBe(false);
    expect(isTypedAnswerCorrect("2018/11/2", ["2018-01-12"])).toBe(false);
  });

  it("sameAnswer compares two options", () => {
    expect(sameAnswer("米国", "米国 ")).toBe(true);
    expect(sameAnswer("米国", "韓国")).toBe(false);
  });
});
