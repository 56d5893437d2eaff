import { describe, expect, it } from "vitest";
import type { CardDraft } from "@/lib/cards/types";
import { titleGivesAway } from "./builtin-specs";

const card = (answer: string | string[]): CardDraft => ({
  key: "k",
  factId: "f",
  factIds: ["f"],
  template: "event-to-date",
  variant: "",
  front: "次の出来事は何年のことか。",
  back: "",
  answer,
  tags: [],
  documentId: "d",
  start: 0,
  end: 1,
  quote: "",
});

describe("a set's title never answers one of its cards", () => {
  it("a year in the title answers a card asking that year", () => {
    expect(titleGivesAway("2018年の年表", card("2018年"))).toBe(true);
    expect(titleGivesAway("2019年の年表", card("2018年"))).toBe(false);
  });
  it("a day in the title answers a card asking that day, in any spelling", () => {
    expect(titleGivesAway("米朝共同声明（2018年6月12日）", card("2018年6月12日"))).toBe(true);
    expect(titleGivesAway("共同声明（平成30年6月12日）", card("2018年6月12日"))).toBe(true);
  });
  it("a year alone leaves a day's or a month's question open; non-date answers are never touched", () => {
    expect(titleGivesAway("2018年の年表", card("2018年6月12日"))).toBe(false);
    expect(titleGivesAway("2018年の年表", card("2018年6月"))).toBe(false);
    expect(titleGivesAway("2018年の年表", card("米朝首脳会談"))).toBe(false);
    expect(titleGivesAway("2018年の年表", card(["a", "b"]))).toBe(false);
  });
});
