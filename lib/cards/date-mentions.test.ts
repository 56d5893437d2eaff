import { describe, expect, it } from "vitest";
import { dateAnswerShape, findDateMentions, mentionMatches, parseDateAnswer } from "./date-mentions";

describe("findDateMentions", () => {
  it("finds western, era, ISO, slash, month–day and range spellings", () => {
    expect(findDateMentions("2018年6月12日、平成30年4月、令和元年、2019-02-27、2018/6/12、9月3日、2016─17年")).toEqual([
      { year: 2018, month: 6, day: 12 },
      { year: 2018, month: 4, day: undefined },
      { year: 2019, month: undefined, day: undefined },
      { year: 2019, month: 2, day: 27 },
      { year: 2018, month: 6, day: 12 },
      { month: 9, day: 3 },
      { year: 2016 },
    ]);
  });
  it("reads full-width digits and 平成30年（2018年）", () => {
    expect(findDateMentions("２０１８年６月")).toEqual([{ year: 2018, month: 6, day: undefined }]);
    expect(findDateMentions("平成30年（2018年）11月")).toEqual([{ year: 2018, month: 11, day: undefined }]);
  });
  it("skips names in 「」 when asked", () => {
    expect(findDateMentions("「9月平壌共同宣言」", { skipQuoted: true })).toEqual([]);
    expect(findDateMentions("「9月平壌共同宣言」")).toEqual([{ month: 9, day: undefined }]);
  });
});

describe("mentionMatches / parseDateAnswer", () => {
  it("a mention gives the answer away when every part it shares with it is equal", () => {
    const answer = parseDateAnswer("2018年6月12日")!;
    expect(mentionMatches({ month: 6 }, answer)).toBe(true);
    expect(mentionMatches({ year: 2018 }, answer)).toBe(true);
    expect(mentionMatches({ year: 2017, month: 6 }, answer)).toBe(false);
    expect(mentionMatches({ month: 6, day: 12 }, { year: 2018 })).toBe(false);
  });
  it("knows the precision of a date answer", () => {
    expect(dateAnswerShape("2018年6月12日")).toBe("day");
    expect(dateAnswerShape("2018年6月")).toBe("month");
    expect(dateAnswerShape("2018年")).toBe("year");
    expect(dateAnswerShape("シンガポール")).toBeNull();
  });
});
