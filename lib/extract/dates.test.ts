import { describe, expect, it } from "vitest";
import { formatFactDate, parseDate, publishedContext, scanDates, toAsciiDigits, type DateContext } from "./dates";

const values = (text: string, ctx: DateContext = {}) => scanDates(text, ctx).mentions.map((m) => m.date.value);
const first = (text: string, ctx: DateContext = {}) => parseDate(text, ctx);

describe("scanDates: absolute dates", () => {
  it.each([
    ["2018年4月27日の「板門店宣言」", "2018-04-27", "day"],
    ["2019年12月10日(火)15時00分", "2019-12-10", "day"],
    ["２０１９年１２月１０日", "2019-12-10", "day"],
    ["2016─17年に採択された", "2016", "year"],
    ["2003年頃から稼働", "2003", "year"],
    ["2018年6月に", "2018-06", "month"],
    ["2019/12/10 配信", "2019-12-10", "day"],
    ["二〇一八年六月十二日", "2018-06-12", "day"],
  ])("%s → %s (%s)", (text, value, precision) => {
    expect(first(text)).toEqual({ value, precision });
  });

  it.each([
    ["平成30年（2018年）に入ると", "2018", "year"],
    ["平成29年（2017年）11月末の", "2017-11", "month"],
    ["平成29年（2017年）11月29日に発射", "2017-11-29", "day"],
    ["平成20年10月11日", "2008-10-11", "day"],
    ["令和元年5月1日", "2019-05-01", "day"],
    ["令和元年", "2019", "year"],
    ["昭和64年1月7日", "1989-01-07", "day"],
    ["平成３０年", "2018", "year"],
  ])("和暦 %s → %s", (text, value, precision) => {
    expect(first(text)).toEqual({ value, precision });
  });

  it("reads an era year with its western year in parentheses as one mention", () => {
    const { mentions } = scanDates("平成30年（2018年）に入ると");
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ start: 0, end: "平成30年（2018年）".length });
  });

  it("rejects impossible dates and non-dates", () => {
    expect(values("2018年2月30日")).toEqual([]);
    expect(values("70周年，10億ドル，3か月，第2回，年間")).toEqual([]);
    expect(values("12月間の作業", { year: 2018 })).toEqual([]);
  });
});

describe("scanDates: month-only dates take the year from context", () => {
  it("uses the last explicit year", () => {
    expect(values("平成30年（2018年）に入ると，（3月），9月，8月下旬，11月末")).toEqual([
      "2018", "2018-03", "2018-09", "2018-08", "2018-11",
    ]);
  });

  it("uses the publication year, or the year before for a later month", () => {
    const ctx = publishedContext("2019-12-10");
    expect(values("10月にストックホルムで", ctx)).toEqual(["2019-10"]);
    expect(values("2月の首脳会談", publishedContext("2019-01-15"))).toEqual(["2018-02"]);
  });

  it("leaves a bare month unresolved without any year", () => {
    expect(values("9月に")).toEqual([]);
  });

  it("reads a day range as its first day", () => {
    expect(first("3月25～28日に訪中", { year: 2018 })).toEqual({ value: "2018-03-25", precision: "day" });
    expect(first("3月25日～28日", { year: 2018 })).toEqual({ value: "2018-03-25", precision: "day" });
  });

  it("finds each month of a list", () => {
    expect(values("5月，6月にも訪中", { year: 2018 })).toEqual(["2018-05", "2018-06"]);
  });
});

describe("scanDates: relative dates", () => {
  const pub = publishedContext("2019-12-10");

  it("resolves 今月, 先月, 昨年, 今年 against the publication date", () => {
    expect(values("今月1日", pub)).toEqual(["2019-12-01"]);
    expect(values("先月", pub)).toEqual(["2019-11"]);
    expect(values("昨年12月", pub)).toEqual(["2018-12"]);
    expect(values("今年", pub)).toEqual(["2019"]);
    expect(values("来年3月", pub)).toEqual(["2020-03"]);
  });

  it("resolves 同月, 翌年, 同年, 翌27日 against the last explicit date", () => {
    expect(values("2018年6月12日に会談し，同月14日", {})).toEqual(["2018-06-12", "2018-06-14"]);
    expect(values("2018年6月12日，翌年6月26日", {})).toEqual(["2018-06-12", "2019-06-26"]);
    expect(values("2018年6月26日，翌27日", {})).toEqual(["2018-06-26", "2018-06-27"]);
    expect(values("2018年6月30日，翌1日", {})).toEqual(["2018-06-30", "2018-07-01"]);
    expect(values("2002年9月17日，同年10月15日", {})).toEqual(["2002-09-17", "2002-10-15"]);
    expect(values("2018年3月5日，翌日", {})).toEqual(["2018-03-05", "2018-03-06"]);
  });

  it("resolves 当時 to the last explicit date at its precision", () => {
    expect(values("2月に首脳会談を行った。当時北朝鮮は", { year: 2019 })).toEqual(["2019-02", "2019-02"]);
    expect(values("2018年6月12日の会談。当時", {})).toEqual(["2018-06-12", "2018-06-12"]);
    expect(values("当時の大統領", {})).toEqual([]);
  });

  it("flags resolved dates as relative", () => {
    const { mentions } = scanDates("今月1日", pub);
    expect(mentions[0]?.relative).toBe(true);
  });

  it("carries the context from one call to the next", () => {
    const a = scanDates("2018年6月12日", {});
    expect(values("同月14日", a.context)).toEqual(["2018-06-14"]);
  });

  it("does not let an approximate date become the context", () => {
    const { mentions, context } = scanDates("2003年頃から稼働", { year: 2018 });
    expect(mentions[0]?.approximate).toBe(true);
    expect(context.year).toBe(2018);
  });
});

describe("helpers", () => {
  it("formats dates at their precision", () => {
    expect(formatFactDate(2018)).toEqual({ value: "2018", precision: "year" });
    expect(formatFactDate(2018, 6)).toEqual({ value: "2018-06", precision: "month" });
    expect(formatFactDate(2018, 6, 2)).toEqual({ value: "2018-06-02", precision: "day" });
  });

  it("converts full-width digits without changing length", () => {
    expect(toAsciiDigits("２０１９年")).toBe("2019年");
  });

  it("parses publication dates of every precision", () => {
    expect(publishedContext("2019-12-10").published).toEqual({ year: 2019, month: 12, day: 10 });
    expect(publishedContext("2019").published).toEqual({ year: 2019, month: undefined, day: undefined });
    expect(publishedContext(null)).toEqual({});
  });

  it("reports offsets into the original text", () => {
    const text = "会談は，6月12日，開催";
    const m = scanDates(text, { year: 2018 }).mentions[0]!;
    expect(text.slice(m.start, m.end)).toBe("6月12日");
  });
});

describe("ranges and publication-relative days", () => {
  it("dates a range by its first day only: 7月28日から31日まで, 9月22日木曜日から12月27日火曜日まで", () => {
    const ctx = publishedContext("2022-07-27");
    expect(scanDates("7月28日から31日まで訪問する", ctx).mentions.map((m) => m.date.value)).toEqual(["2022-07-28"]);
    expect(scanDates("9月22日木曜日から12月27日火曜日までの日程で", publishedContext("2022-09-16")).mentions.map((m) => m.date.value)).toEqual(["2022-09-22"]);
  });

  it("anchors ことし, 再来年, 本日, 昨夜, あす and a bare day to the publication date", () => {
    const ctx = publishedContext("2024-03-14");
    const values = (s: string) => scanDates(s, ctx).mentions.map((m) => m.date.value);
    expect(values("ことし10月")).toEqual(["2024-10"]);
    expect(values("再来年")).toEqual(["2026"]);
    expect(values("本日")).toEqual(["2024-03-14"]);
    expect(values("昨夜")).toEqual(["2024-03-13"]);
    expect(values("あす")).toEqual(["2024-03-15"]);
    expect(values("4日に会談した")).toEqual(["2024-03-04"]);
    expect(values("5日間の日程")).toEqual([]);
  });

  it("reads 和暦 in kanji numerals: 昭和二五年五月四日", () => {
    expect(scanDates("昭和二五年五月四日法律").mentions[0]?.date.value).toBe("1950-05-04");
  });
});

describe("Wikipedia's 西暦（和暦）月日", () => {
  it("reads 1941年（昭和16年）12月8日 as one day", () => {
    expect(scanDates("1941年（昭和16年）12月8日、開戦").mentions.map((m) => m.date.value)).toEqual(["1941-12-08"]);
  });

  it("a decade (1970年代) and a length of time (1日24時間) are no dates, nor context for later ones", () => {
    const ctx = publishedContext("1985-12-01");
    const { mentions } = scanDates("1970年代末期のドル危機の後、1985年9月22日に合意し、発表翌日の9月23日の1日24時間だけで下落した。", ctx);
    const values = mentions.map((m) => m.date.value);
    expect(values).toContain("1985-09-23");
    expect(values.some((v) => v.startsWith("1970") || v === "1985-09-01")).toBe(false);
  });
});

describe("a bare month after the narration moved on", () => {
  it("news of May 2026 that told July 2025 reads a bare 3月 as March 2026; without a publication it stays in 2025", () => {
    const ctx: DateContext = { ...publishedContext("2026-05-03"), year: 2025, month: 7 };
    expect(values("理事会は3月、発表した。", ctx)).toEqual(["2026-03"]);
    expect(values("理事会は3月、発表した。", { year: 2025, month: 7 })).toEqual(["2025-03"]);
    expect(values("理事会は9月、発表した。", ctx)).toEqual(["2025-09"]);
  });
});

describe("idioms with 日 are no days", () => {
  it("一日も早く, 一日でも, 一日中 and 一日一日 date nothing; a bare 1日 still does", () => {
    const ctx = publishedContext("2005-01-21");
    for (const text of ["一日も早く復興を進めます。", "一日でも長く続けたい。", "一日中議論した。", "一日一日を大切にする。"]) {
      expect(values(text, ctx), text).toEqual([]);
    }
    expect(values("1日に閣議決定した。", ctx)).toEqual(["2005-01-01"]);
  });

  it("一日だけ, 1日あたり, 3日おき and 2日ずつ are lengths and rates", () => {
    const ctx = publishedContext("2005-01-21");
    for (const text of ["営業は同日の一日だけ停止された。", "1日あたり500人が訪れた。", "3日おきに点検した。", "2日ずつ延長した。", "1日のみ開催された。"]) {
      expect(values(text, ctx), text).toEqual([]);
    }
  });
});

describe("scanDates: a judgment's kanji numerals", () => {
  it("reads positional kanji days and months (昭和四〇年七月一五日, 昭和四八年一二月一日)", () => {
    expect(parseDate("昭和四〇年七月一五日から")?.value).toBe("1965-07-15");
    expect(parseDate("平成二年一月三一日頃")?.value).toBe("1990-01-31");
    expect(parseDate("昭和四八年一二月一日")?.value).toBe("1973-12-01");
    expect(parseDate("昭和二五年五月四日")?.value).toBe("1950-05-04");
  });
});
