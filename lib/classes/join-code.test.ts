import { describe, expect, it } from "vitest";
import { JOIN_CODE_LENGTH, joinLink, newJoinCode, normalizeJoinCode } from "./join-code";

describe("join codes", () => {
  it("are 8 unambiguous characters and survive case, spaces, hyphens and full width", () => {
    const code = newJoinCode();
    expect(code).toHaveLength(JOIN_CODE_LENGTH);
    expect(code).not.toMatch(/[01OIL]/);
    expect(normalizeJoinCode(code.toLowerCase())).toBe(code);
    expect(normalizeJoinCode(`${code.slice(0, 4)}-${code.slice(4)}`)).toBe(code);
    expect(normalizeJoinCode("ＡＢＣＤ２３４５")).toBe("ABCD2345");
  });
  it("rejects wrong lengths and characters", () => {
    expect(normalizeJoinCode("ABC")).toBeNull();
    expect(normalizeJoinCode("ABCD234O")).toBeNull();
    expect(normalizeJoinCode("")).toBeNull();
  });
  it("join links are built on the configured public URL", () => {
    expect(joinLink("https://genten.example", "ABCD2345")).toBe("https://genten.example/join/ABCD2345");
    expect(joinLink("https://genten.example/", "ABCD2345")).toBe("https://genten.example/join/ABCD2345");
    expect(joinLink("https://school.example/genten", "ABCD2345")).toBe("https://school.example/genten/join/ABCD2345");
  });
});
