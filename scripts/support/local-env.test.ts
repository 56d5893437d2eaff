import { describe, expect, it } from "vitest";
import { parseDotenv } from "./local-env";

describe("parseDotenv", () => {
  it("reads KEY=value lines, strips quotes and skips comments", () => {
    expect(parseDotenv("# c\nA=1\nB='two words'\n C = \"3\" \nbad line\n#D=4")).toEqual({ A: "1", B: "two words", C: "3" });
  });
});
