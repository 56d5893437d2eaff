import { describe, expect, it } from "vitest";
import { highlightedFact, isFactShown } from "./fact-filter";

const fact = { kind: "agreement", actors: ["日本", "米国"], status: "pending" };

describe("isFactShown", () => {
  it("shows every fact when each filter is 'all'", () => {
    expect(isFactShown(fact, { kind: "all", actor: "all", status: "all" })).toBe(true);
  });

  it("requires the kind, one of the actors and the status to match the filters set", () => {
    expect(isFactShown(fact, { kind: "agreement", actor: "米国", status: "pending" })).toBe(true);
    expect(isFactShown(fact, { kind: "event", actor: "all", status: "all" })).toBe(false);
    expect(isFactShown(fact, { kind: "all", actor: "ロシア", status: "all" })).toBe(false);
    expect(isFactShown(fact, { kind: "all", actor: "all", status: "approved" })).toBe(false);
  });
});

describe("highlightedFact", () => {
  const shown = (ids: string[]) => (id: string) => ids.includes(id);

  it("is the first shown fact of those covering the run", () => {
    expect(highlightedFact(["a", "b", "c"], shown(["b", "c"]), null)).toBe("b");
  });

  it("is the selected fact when it is shown and covers the run", () => {
    expect(highlightedFact(["a", "b", "c"], shown(["a", "b", "c"]), "c")).toBe("c");
    expect(highlightedFact(["a", "b"], shown(["a", "b"]), "z")).toBe("a");
  });

  it("is none when the filters hide every covering fact, selected or not", () => {
    expect(highlightedFact(["a", "b"], shown([]), "a")).toBeNull();
  });
});
