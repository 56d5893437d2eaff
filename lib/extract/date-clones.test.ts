import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/ingest/clean";
import { extract } from "./__fixtures__/analysed";

const facts = (text: string) => extract(cleanText(text), { publishedAt: "2026-01-10" });

describe("a clause that names several dates gives each its own headline, or one fact", () => {
  it("a list of days is one happening from its first day, with no joiner left in the headline", () => {
    for (const text of ["ストライキは12月2日・3日に行われた。", "総会は5月1日と2日に開かれた。"]) {
      const found = facts(text).filter((f) => f.kind === "event");
      expect(found).toHaveLength(1);
      expect(found[0]!.date?.value).toMatch(/-0[12]$|-12-02$/);
      expect(found[0]!.headline).not.toMatch(/・|と開|^と/);
    }
  });

  it("gapped coordination: each date keeps its own object and shares the verb", () => {
    const found = facts("山田太郎は、2013年には国民栄誉賞、2021年には文化勲章を受章した。");
    expect(found.map((f) => [f.date?.value, f.headline])).toEqual([
      ["2013", "山田太郎は国民栄誉賞を受章する"],
      ["2021", "山田太郎は文化勲章を受章する"],
    ]);
  });

  it("dates that are not parallel in one clause are each left their fact: nothing told is lost", () => {
    const found = facts("同社は、1998年に大阪、2004年に名古屋、2010年に福岡へ支店を置き、全国展開を進めた。");
    expect(found.map((f) => f.date?.value)).toEqual(["1998", "2004", "2010"]);
  });
});
