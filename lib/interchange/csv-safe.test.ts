import { describe, expect, it } from "vitest";
import { neutraliseFormula } from "./csv-safe";

describe("neutraliseFormula", () => {
  it("prefixes cells a spreadsheet would run as formulas with a single quote", () => {
    for (const s of ["=SUM(A1)", "+1", "-2+3", "@cmd", "\t=1", "\r=1"]) expect(neutraliseFormula(s)).toBe(`'${s}`);
  });
  it("leaves other cells alone", () => {
    for (const s of ["", "寧辺", "a=b", " =1", "'=1", "#tag"]) expect(neutraliseFormula(s)).toBe(s);
  });
});
