// Measured quality on the two seed documents against hand-made gold facts.
// A gold fact is matched by an extracted fact of the same kind whose span overlaps the gold quote and,
// when the gold gives a date, has that date value. Matching is one-to-one (maximum bipartite matching).

import { describe, expect, it } from "vitest";
import type { CleanedDocument, ExtractedFact } from "@/lib/facts/types";
import { cleanText } from "@/lib/ingest/clean";
import { SAMPLE_ALIASES, extract } from "./__fixtures__/analysed";
import gold000 from "./__fixtures__/gold-000.json";
import gold002 from "./__fixtures__/gold-002.json";
import { readSeed, type SeedName } from "./__fixtures__/seeds";
import { scoreFacts, type GoldFact, type Score } from "./__fixtures__/gold-match";

interface GoldFile {
  seed: string;
  publishedAt: string | null;
  facts: GoldFact[];
}

function score(name: SeedName, goldFile: GoldFile): { score: Score; doc: CleanedDocument; facts: ExtractedFact[] } {
  const doc = cleanText(readSeed(name));
  const facts = extract(doc, { publishedAt: goldFile.publishedAt, actorAliases: SAMPLE_ALIASES });
  return { doc, facts, score: scoreFacts(doc, goldFile.facts, facts) };
}

const cases: Array<[SeedName, GoldFile]> = [
  ["naigai", gold000 as GoldFile],
  ["newsweek", gold002 as GoldFile],
];

describe("extraction quality on the seed documents", () => {
  for (const [name, goldFile] of cases) {
    it(`${name}: recall ≥ 0.95, precision ≥ 0.9, nothing from captions, headings or furniture`, () => {
      const { score: s, doc, facts } = score(name, goldFile);
      console.log(
        `[quality] ${name}: recall=${s.recall.toFixed(3)} (${s.matched}/${s.gold}) ` +
          `precision=${(s.precision).toFixed(3)} (${s.extracted - s.spurious.length}/${s.extracted}) ` +
          `actors=${s.actorAgreement.toFixed(3)}`,
      );
      for (const g of s.missed) console.log(`[quality]   missed ${g.kind} ${g.date ?? "-"} ${g.quote}`);
      for (const f of s.spurious) console.log(`[quality]   extra  ${f.kind} ${f.date?.value ?? "-"} ${f.quote.slice(0, 60)}`);

      expect(s.recall).toBeGreaterThanOrEqual(0.95);
      expect(s.precision).toBeGreaterThanOrEqual(0.9);

      const nonFactBlocks = doc.blocks.filter((b) => b.kind !== "body" && b.kind !== "table");
      const fromFurniture = facts.filter((f) => nonFactBlocks.some((b) => f.start < b.end && b.start < f.end));
      expect(fromFurniture).toEqual([]);
      for (const f of facts) expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
    });
  }

  it("naigai: the 米朝共同声明 carries the four items of 表1 and its date", () => {
    const doc = cleanText(readSeed("naigai"));
    const agreement = extract(doc, { actorAliases: SAMPLE_ALIASES }).find((f) => f.name === "米朝共同声明");
    expect(agreement?.date).toEqual({ value: "2018-06-12", precision: "day" });
    expect(agreement?.items).toHaveLength(4);
    expect(agreement?.items[3]).toContain("遺骨収集を約束");
    expect(agreement?.actors).toEqual(expect.arrayContaining(["米国", "北朝鮮"]));
  });

  it("newsweek: nothing after the article's end yields a fact", () => {
    const doc = cleanText(readSeed("newsweek"));
    const facts = extract(doc, { publishedAt: "2019-12-10", actorAliases: SAMPLE_ALIASES });
    const furnitureStart = doc.text.indexOf("今、あなたにオススメ");
    expect(furnitureStart).toBeGreaterThan(0);
    expect(facts.every((f) => f.end <= furnitureStart)).toBe(true);
  });
});
