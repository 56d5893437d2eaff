import { describe, expect, it } from "vitest";
import { calendarDate, instant, isCalendarDate, multiLine, singleLine } from "./fields";

describe("calendar dates", () => {
  it("accepts real dates of year, month or day precision", () => {
    for (const d of ["2018", "2018-06", "2018-06-12", "2024-02-29", "1000-01-01", "9999-12-31"]) expect(isCalendarDate(d), d).toBe(true);
  });
  it("refuses impossible ones", () => {
    for (const d of ["2027-02-30", "2026-13-45", "2026-02-29", "2026-00", "2026-04-31", "+275761-01-01", "275761", "0999", "2026-1-1", "", "2026-06-12T00:00:00Z"]) {
      expect(isCalendarDate(d), d).toBe(false);
      expect(calendarDate().safeParse(d).success, d).toBe(false);
    }
  });
  it("instants need an offset and a real day", () => {
    expect(instant().parse("2026-06-01T09:00:00+09:00").toISOString()).toBe("2026-06-01T00:00:00.000Z");
    for (const s of ["2027-02-30T00:00:00Z", "2026-13-45T00:00:00Z", "+275761-01-01T00:00:00Z", "2026-06-01T09:00:00", "1900-01-01T00:00:00Z"]) {
      expect(instant().safeParse(s).success, s).toBe(false);
    }
  });
});

describe("text fields", () => {
  it("normalises to NFC and trims", () => {
    expect(singleLine(20).parse("  Cafe\u0301 ")).toBe("Café");
    expect(singleLine(20).parse("ｶﾞ")).toBe("ｶﾞ"); // NFC, not NFKC: half-width kana stay as typed
  });
  it("refuses NUL, control characters and bidi overrides in names", () => {
    for (const bad of ["a\u0000b", "a\u0007", "tab\there", "line\nbreak", "\u202Eevil", "x\u2066y", "\u202A", "del\u007F", "c1\u0085"]) {
      const r = singleLine(50).safeParse(bad);
      expect(r.success, JSON.stringify(bad)).toBe(false);
    }
  });
  it("free text keeps line breaks and tabs but not the rest", () => {
    expect(multiLine(50).parse("one\ntwo\tthree")).toBe("one\ntwo\tthree");
    expect(multiLine(50).safeParse("x\u202Ey").success).toBe(false);
    expect(multiLine(50).safeParse("x\u0000").success).toBe(false);
  });
  it("counts length after normalising and refuses an empty value", () => {
    expect(singleLine(3).safeParse("abcd").success).toBe(false);
    expect(singleLine(3).safeParse("   ").success).toBe(false);
    expect(multiLine(3, { min: 0 }).parse("")).toBe("");
  });
});

describe("instant inside an object with its own refinement", () => {
  it("never hands the refinement a string (an impossible date was a 500)", async () => {
    const { z } = await import("zod");
    const schema = z.object({ a: instant(), b: instant() }).refine((v) => v.a.getTime() < v.b.getTime(), "order");
    for (const b of ["2027-02-30T00:00:00Z", "2026-13-45T00:00:00Z", "+275761-01-01T00:00:00Z"]) {
      const r = schema.safeParse({ a: "2026-01-01T00:00:00Z", b });
      expect(r.success).toBe(false);
      expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(["b"]);
    }
  });
});
