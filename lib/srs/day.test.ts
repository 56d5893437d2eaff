import { describe, expect, it } from "vitest";
import { isValidTimeZone, startOfNextStudyDay, startOfStudyDay, studyDayOf, studyDaysBetween, zonedTimeToInstant } from "./day";

const t = (iso: string) => new Date(iso);

describe("studyDayOf", () => {
  it("rolls over at 04:00 local in Tokyo", () => {
    // 2024-01-02 03:59 JST is still the study day of 1 January; 04:00 is the next.
    expect(studyDayOf(t("2024-01-01T18:59:59Z"), "Asia/Tokyo")).toBe("2024-01-01");
    expect(studyDayOf(t("2024-01-01T19:00:00Z"), "Asia/Tokyo")).toBe("2024-01-02");
  });

  it("uses the learner's zone, not UTC", () => {
    const instant = t("2024-06-15T02:00:00Z"); // 22:00 EDT on the 14th, 11:00 JST on the 15th
    expect(studyDayOf(instant, "America/New_York")).toBe("2024-06-14");
    expect(studyDayOf(instant, "Asia/Tokyo")).toBe("2024-06-15");
  });

  it("honours a custom rollover hour", () => {
    expect(studyDayOf(t("2024-01-01T15:30:00Z"), "Asia/Tokyo", 0)).toBe("2024-01-02");
    expect(studyDayOf(t("2024-01-01T15:30:00Z"), "Asia/Tokyo", 4)).toBe("2024-01-01");
  });

  it("rejects unknown zones and bad hours", () => {
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("Asia/Tokyo")).toBe(true);
    expect(() => studyDayOf(t("2024-01-01T00:00:00Z"), "Mars/Olympus")).toThrow(RangeError);
    expect(() => studyDayOf(t("2024-01-01T00:00:00Z"), "UTC", 24)).toThrow(RangeError);
  });
});

describe("study day boundaries across DST (America/New_York)", () => {
  it("spring forward: the day after the change starts at 04:00 EDT (08:00Z) and is 23 hours long", () => {
    // 2024-03-10 03:30 EDT (07:30Z) is before 04:00: still the study day of 9 March.
    const now = t("2024-03-10T07:30:00Z");
    expect(studyDayOf(now, "America/New_York")).toBe("2024-03-09");
    expect(startOfStudyDay(now, "America/New_York").toISOString()).toBe("2024-03-09T09:00:00.000Z");
    expect(startOfNextStudyDay(now, "America/New_York").toISOString()).toBe("2024-03-10T08:00:00.000Z");
    const length = startOfNextStudyDay(now, "America/New_York").getTime() - startOfStudyDay(now, "America/New_York").getTime();
    expect(length).toBe(23 * 3_600_000);
  });

  it("fall back: the day of the change is 25 hours long", () => {
    const now = t("2024-11-03T12:00:00Z");
    expect(startOfStudyDay(now, "America/New_York").toISOString()).toBe("2024-11-03T09:00:00.000Z");
    const previous = startOfStudyDay(t("2024-11-02T12:00:00Z"), "America/New_York");
    expect(previous.toISOString()).toBe("2024-11-02T08:00:00.000Z");
    expect(startOfStudyDay(now, "America/New_York").getTime() - previous.getTime()).toBe(25 * 3_600_000);
  });

  it("the boundary instant itself belongs to the new day", () => {
    const boundary = t("2024-03-10T08:00:00Z");
    expect(studyDayOf(boundary, "America/New_York")).toBe("2024-03-10");
    expect(studyDayOf(new Date(boundary.getTime() - 1), "America/New_York")).toBe("2024-03-09");
  });

  it("Tokyo has no DST: every day starts at 19:00Z", () => {
    expect(startOfStudyDay(t("2024-03-10T12:00:00Z"), "Asia/Tokyo").toISOString()).toBe("2024-03-09T19:00:00.000Z");
    expect(startOfNextStudyDay(t("2024-03-10T12:00:00Z"), "Asia/Tokyo").toISOString()).toBe("2024-03-10T19:00:00.000Z");
  });
});

describe("zonedTimeToInstant", () => {
  it("moves a time in the spring gap forward and picks the earlier of a repeated time", () => {
    expect(zonedTimeToInstant({ year: 2024, month: 3, day: 10, hour: 2, minute: 30 }, "America/New_York").toISOString()).toBe(
      "2024-03-10T07:30:00.000Z",
    );
    expect(zonedTimeToInstant({ year: 2024, month: 11, day: 3, hour: 1, minute: 30 }, "America/New_York").toISOString()).toBe(
      "2024-11-03T05:30:00.000Z",
    );
  });

  it("handles a rollover at midnight in a zone whose DST starts at midnight", () => {
    // America/Santiago: 2024-09-08 00:00 does not exist (clocks go 23:59:59 → 01:00).
    const start = startOfStudyDay(t("2024-09-08T12:00:00Z"), "America/Santiago", 0);
    expect(studyDayOf(start, "America/Santiago", 0)).toBe("2024-09-08");
    expect(studyDayOf(new Date(start.getTime() - 1), "America/Santiago", 0)).toBe("2024-09-07");
  });
});

describe("studyDaysBetween", () => {
  it("counts study days, not 24-hour periods", () => {
    expect(studyDaysBetween(t("2024-01-01T18:00:00Z"), t("2024-01-01T20:00:00Z"), "Asia/Tokyo")).toBe(1);
    expect(studyDaysBetween(t("2024-01-01T20:00:00Z"), t("2024-01-08T20:00:00Z"), "Asia/Tokyo")).toBe(7);
  });
});
