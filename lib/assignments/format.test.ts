import { describe, expect, it } from "vitest";
import { formatDue } from "./format";

describe("formatDue", () => {
  it("names the time zone it shows", () => {
    const d = new Date("2026-06-08T00:00:00Z");
    expect(formatDue(d, "ja")).toMatch(/2026.*9:00.*JST/);
    expect(formatDue(d, "en", "America/New_York")).toMatch(/7 Jun 2026.*20:00.*(EDT|GMT-4)/);
  });
});
