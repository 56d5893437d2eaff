import { describe, expect, it } from "vitest";
import { labelWidth, wrapLabel } from "./wrap-label";

describe("wrapLabel", () => {
  it("keeps every character of a title that fits in the lines allowed", () => {
    const title = "米朝首脳会談 2018 年表（シンガポール）";
    const lines = wrapLabel(title, 20, 3);
    expect(lines.join("")).toBe(title);
    for (const l of lines) expect(labelWidth(l)).toBeLessThanOrEqual(20);
  });
  it("ends with an ellipsis only when the title needs more lines", () => {
    const lines = wrapLabel("あ".repeat(40), 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    expect(wrapLabel("short", 10, 2)).toEqual(["short"]);
  });
});
