import { describe, expect, it } from "vitest";
import { normalizeAnswer } from "./normalize-answer";
import { buildChoices, checkChoices, optionsClash, pickDateDistractors, pickDistractors } from "./distractors";

describe("pickDistractors", () => {
  const actors = ["米国", "北朝鮮", "韓国", "中国", "ロシア", "日本"];

  it("never offers the answer again, in any width or kana", () => {
    const picked = pickDistractors({
      answer: "ニョンビョン",
      candidates: ["ﾆｮﾝﾋﾞｮﾝ", "にょんびょん", "ニョン・ビョン", " ニョンビョン ", "プンゲリ", "パンムンジョム", "トンチャンリ"],
      seed: "k1",
    });
    expect(picked).toHaveLength(3);
    for (const p of picked) expect(normalizeAnswer(p)).not.toBe(normalizeAnswer("ニョンビョン"));
  });

  it("drops duplicates among candidates after normalisation", () => {
    const picked = pickDistractors({ answer: "米国", candidates: ["韓国", "韓 国", "ｶﾝｺｸ", "かんこく", "中国"], seed: "k" });
    const normalized = picked.map(normalizeAnswer);
    expect(new Set(normalized).size).toBe(normalized.length);
    expect(picked.filter((p) => normalizeAnswer(p) === "韓国")).toHaveLength(1);
  });

  it("drops candidates that contain or are contained in the answer or an exclusion", () => {
    const picked = pickDistractors({
      answer: "北朝鮮",
      candidates: ["北朝鮮（金正恩）", "北朝鮮側", "米国", "韓国", "中国"],
      exclude: ["米国"],
      seed: "k",
    });
    expect(picked.sort()).toEqual(["中国", "韓国"]);
  });

  it("is deterministic and independent of candidate order", () => {
    const a = pickDistractors({ answer: "米国", candidates: actors, seed: "card-1" });
    const b = pickDistractors({ answer: "米国", candidates: [...actors].reverse(), seed: "card-1" });
    expect(a).toEqual(b);
    expect(a).not.toContain("米国");
  });

  it("varies with the seed", () => {
    const many = new Set(
      Array.from({ length: 20 }, (_, i) => pickDistractors({ answer: "米国", candidates: actors, seed: `s${i}` }).join("|")),
    );
    expect(many.size).toBeGreaterThan(1);
  });

  it("returns fewer when too few candidates survive", () => {
    expect(pickDistractors({ answer: "米国", candidates: ["米国", "べいこく"], seed: "x" })).toEqual(["べいこく"]);
    expect(pickDistractors({ answer: "米国", candidates: [], seed: "x" })).toEqual([]);
  });
});

describe("pickDateDistractors", () => {
  it("never offers a date equal to the answer at the answer's precision", () => {
    const picked = pickDateDistractors({
      answer: { value: "2018-06", precision: "month" },
      candidates: [
        { value: "2018-06-12", precision: "day" }, // same month: must be dropped
        { value: "2018-06", precision: "month" },
        { value: "2018", precision: "year" }, // less precise: cannot be shown as a month
        { value: "2018-04-27", precision: "day" },
        { value: "2019-02", precision: "month" },
      ],
      seed: "k",
    });
    const values = picked.map((d) => d.value);
    expect(values).not.toContain("2018-06");
    expect(picked.every((d) => d.precision === "month")).toBe(true);
    expect(values).toContain("2018-04");
    expect(values).toContain("2019-02");
    expect(new Set(values).size).toBe(values.length);
    expect(picked).toHaveLength(3);
  });

  it("fills with nearby dates inside the period when the corpus has too few", () => {
    const picked = pickDateDistractors({
      answer: { value: "2018-06-12", precision: "day" },
      candidates: [],
      period: { fromYear: 2017, toYear: 2019 },
      seed: "k",
    });
    expect(picked).toHaveLength(3);
    for (const d of picked) {
      expect(d.precision).toBe("day");
      expect(d.value).not.toBe("2018-06-12");
    }
  });

  it("offers no real date of another era (2020年 beside 1978年): within fifteen years of the answer, else the answer shifted", () => {
    const picked = pickDateDistractors({
      answer: { value: "1978", precision: "year" },
      candidates: ["2020", "2021", "2022", "1972", "1990"].map((value) => ({ value, precision: "year" as const })),
      period: { fromYear: 1972, toYear: 2022 },
      seed: "k",
    });
    const years = picked.map((d) => Number(d.value));
    expect(picked).toHaveLength(3);
    expect(years).toEqual(expect.arrayContaining([1972, 1990]));
    for (const y of years) expect(Math.abs(y - 1978)).toBeLessThanOrEqual(15);
    // A case's steps over a decade stay options of one another.
    const steps = pickDateDistractors({
      answer: { value: "1960-03-14", precision: "day" },
      candidates: ["1963-04-05", "1966-01-31", "1970-06-24"].map((value) => ({ value, precision: "day" as const })),
      seed: "k",
    });
    expect(steps.map((d) => d.value).sort()).toEqual(["1963-04-05", "1966-01-31", "1970-06-24"]);
  });

  it("keeps synthetic years within the period", () => {
    const picked = pickDateDistractors({
      answer: { value: "2017", precision: "year" },
      candidates: [],
      period: { fromYear: 2017, toYear: 2019 },
      seed: "k",
    });
    expect(picked.map((d) => d.value).sort()).toEqual(["2018", "2019"]);
  });
});

describe("choices", () => {
  it("buildChoices contains the answer once, deterministically ordered by the seed", () => {
    const a = buildChoices("米国", ["韓国", "中国", "日本"], "key");
    expect(a).toEqual(buildChoices("米国", ["韓国", "中国", "日本"], "key"));
    expect(a.filter((c) => c === "米国")).toHaveLength(1);
    expect(a).toHaveLength(4);
  });

  it("checkChoices reports ambiguity", () => {
    expect(checkChoices(["米国", "韓国", "中国"], "米国")).toEqual([]);
    expect(checkChoices(["米国", "米 国", "中国"], "米国")).toContain("several_correct_options");
    expect(checkChoices(["韓国", "中国", "日本"], "米国")).toContain("no_correct_option");
    expect(checkChoices(["米国", "北朝鮮", "北朝鮮側"], "米国")).toContain("clashing_options");
    expect(checkChoices(["米国", "中国"], "米国")).toContain("too_few_options");
  });

  it("optionsClash treats empty-after-normalisation as a clash", () => {
    expect(optionsClash("・", "米国")).toBe(true);
    expect(optionsClash("2018年1月", "2018年11月")).toBe(false);
  });
});
