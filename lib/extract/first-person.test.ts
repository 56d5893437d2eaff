// Positions from a speaker's own words (speeches, prefaces, press conferences) and from reported speech.
// Sentences are made up, on several subjects.
import { describe, expect, it } from "vitest";
import type { ExtractedFact } from "@/lib/facts/types";
import { cleanText } from "@/lib/ingest/clean";
import { extract } from "./__fixtures__/analysed";

const facts = (text: string, ctx: { publishedAt?: string; title?: string } = {}) => extract(cleanText(text), ctx);
const position = (list: ExtractedFact[], part: string) => list.find((f) => f.kind === "position" && f.quote.includes(part));

describe("first-person documents: the one speaking holds their views", () => {
  it("a view held now is dated by the day it was said, not by the time the paragraph narrates", () => {
    const list = facts("【田中市長】一昨年の4月に市長に就任しました。この間、市の財政は大きく改善したと考えております。", { publishedAt: "2024-05-10" });
    expect(position(list, "改善したと考えて")).toMatchObject({ speaker: "田中市長", date: { value: "2024-05-10" } });
  });

  it("a preface with no date of its own leaves its writer's views undated, not dated by the year it recounts", () => {
    const text = "2022年は、本学にとって大きな転機の年でした。私自身、学生の皆さんの成長を強く実感しています。今後も、学長として私が掲げてきた目標に向け、教育の改革を進めていきます。";
    const list = facts(text);
    expect(position(list, "強く実感")).toMatchObject({ speaker: "学長", date: null });
    expect(position(list, "進めていきます")).toMatchObject({ speaker: "学長", date: null });
  });
});
