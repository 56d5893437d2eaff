import { describe, expect, it } from "vitest";
import { loadMessages } from "./messages";

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogs", () => {
  it("Japanese and English have the same keys", () => {
    expect(keys(loadMessages("en")).sort()).toEqual(keys(loadMessages("ja")).sort());
  });
});
