import { describe, expect, it } from "vitest";
import { utcToZonedWallTime, zoneAbbreviation, zonedWallTimeToUtc } from "./zoned";

describe("zoned wall times", () => {
  it("reads a datetime-local value in the given zone, whatever the machine's zone", () => {
    expect(zonedWallTimeToUtc("2026-06-08T07:47", "Asia/Tokyo").toISOString()).toBe("2026-06-07T22:47:00.000Z");
    expect(zonedWallTimeToUtc("2026-06-08T07:47", "UTC").toISOString()).toBe("2026-06-08T07:47:00.000Z");
    expect(zonedWallTimeToUtc("2026-07-01T09:00", "America/New_York").toISOString()).toBe("2026-07-01T13:00:00.000Z");
    expect(zonedWallTimeToUtc("2026-01-01T09:00", "America/New_York").toISOString()).toBe("2026-01-01T14:00:00.000Z");
  });
  it("round-trips and refuses malformed input", () => {
    const d = zonedWallTimeToUtc("2026-03-08T12:30", "America/New_York");
    expect(utcToZonedWallTime(d, "America/New_York")).toBe("2026-03-08T12:30");
    expect(utcToZonedWallTime(new Date("2026-06-07T22:47:00Z"), "Asia/Tokyo")).toBe("2026-06-08T07:47");
    expect(() => zonedWallTimeToUtc("2026-06-08", "Asia/Tokyo")).toThrow(RangeError);
  });
  it("names the zone", () => {
    expect(zoneAbbreviation("Asia/Tokyo", "ja")).toBe("JST");
    expect(zoneAbbreviation("Asia/Tokyo", "en")).toMatch(/JST|GMT\+9/);
  });
});
