import { describe, expect, it } from "vitest";
import {
  compareFactDates,
  dateRange,
  dateTypedAnswers,
  datesOverlap,
  formatFactDate,
  isCertainlyBefore,
  isValidFactDate,
  parseFactDate,
  shiftDate,
  truncateDate,
} from "./dates";

const day = (value: string) => ({ value, precision: "day" as const });
const month = (value: string) => ({ value, precision: "month" as const });
const year = (value: string) => ({ value, precision: "year" as const });

describe("fact dates", () => {
  it("formats at the source precision", () => {
    expect(formatFactDate(day("2018-06-12"))).toBe("2018年6月12日");
    expect(formatFactDate(month("2018-06"))).toBe("2018年6月");
    expect(formatFactDate(year("2018"))).toBe("2018年");
  });

  it("rejects malformed or impossible dates", () => {
    expect(isValidFactDate(day("2018-02-30"))).toBe(false);
    expect(isValidFactDate(month("2018-13"))).toBe(false);
    expect(isValidFactDate({ value: "2018-06", precision: "day" })).toBe(false);
    expect(parseFactDate(day("2019-02-28"))).toEqual({ year: 2019, month: 2, day: 28 });
  });

  it("treats a month as overlapping its days and orders only certain pairs", () => {
    expect(datesOverlap(month("2018-06"), day("2018-06-12"))).toBe(true);
    expect(datesOverlap(month("2018-06"), day("2018-07-01"))).toBe(false);
    expect(isCertainlyBefore(month("2018-06"), day("2018-06-30"))).toBe(false);
    expect(isCertainlyBefore(day("2018-04-27"), month("2018-06"))).toBe(true);
    expect(isCertainlyBefore(year("2017"), day("2018-01-01"))).toBe(true);
    expect(dateRange(month("2019-02"))!.last - dateRange(month("2019-02"))!.first).toBe(27);
  });

  it("truncates only to a coarser precision", () => {
    expect(truncateDate(day("2018-06-12"), "month")).toEqual(month("2018-06"));
    expect(truncateDate(day("2018-06-12"), "year")).toEqual(year("2018"));
    expect(truncateDate(month("2018-06"), "day")).toBeNull();
  });

  it("shifts across month and year ends", () => {
    expect(shiftDate(month("2018-12"), 1)).toEqual(month("2019-01"));
    expect(shiftDate(month("2018-01"), -1)).toEqual(month("2017-12"));
    expect(shiftDate(day("2018-02-28"), 1)).toEqual(day("2018-03-01"));
    expect(shiftDate(year("2018"), -1)).toEqual(year("2017"));
  });

  it("sorts by earliest day", () => {
    const sorted = [day("2019-06-30"), year("2017"), month("2018-06")].sort(compareFactDates);
    expect(sorted.map((d) => d.value)).toEqual(["2017", "2018-06", "2019-06-30"]);
  });

  it("offers typed spellings", () => {
    expect(dateTypedAnswers(day("2018-06-12"))).toEqual(["2018年6月12日", "2018-06-12", "2018/6/12"]);
    expect(dateTypedAnswers(year("2018"))).toEqual(["2018年", "2018"]);
  });
});
