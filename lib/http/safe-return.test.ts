import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return";

describe("safeReturnPath", () => {
  it("keeps paths on this site", () => {
    expect(safeReturnPath("/documents/x?y=1#fact-2")).toBe("/documents/x?y=1#fact-2");
    expect(safeReturnPath("/")).toBe("/");
  });
  it("refuses other hosts however they are spelled", () => {
    for (const evil of ["https://evil.com", "//evil.com", "/\\evil.com", "/\t/evil.com", "/%5Cevil.com/../", "\\\\evil.com", "javascript:alert(1)", "", null, undefined]) {
      const out = safeReturnPath(evil);
      expect(new URL(out, "http://genten.invalid").origin, String(evil)).toBe("http://genten.invalid");
      expect(out.startsWith("//")).toBe(false);
    }
    expect(safeReturnPath("/\\evil.com")).toBe("/");
  });
});
