import { describe, expect, it } from "vitest";
import { ingestDocument } from "@/lib/ingest/ingest";
import { extract } from "./__fixtures__/analysed";

async function eventsUnderHeadings(body: string) {
  const doc = await ingestDocument({ bytes: new TextEncoder().encode(body), filename: "results.md" });
  return extract(doc.cleaned, { publishedAt: "2026-02-22" }).filter((f) => f.kind === "event");
}

describe("a sentence under a date heading that looks back (前回…) takes no heading date (issue 8)", () => {
  const headings = (lines: string[]) => `# 大会結果\n\n## 2月12日\n\n男子の決勝が行われ、山田太郎選手が優勝した。\n\n## 2月13日\n\n${lines.join("\n\n")}\n`;

  it("a look back that tells the earlier time is not the heading's day", async () => {
    const events = await eventsUnderHeadings(headings(["前回の大会でも、山田選手は決勝で転倒して棄権した。"]));
    expect(events.find((e) => e.quote.includes("前回"))?.date ?? null).toBeNull();
  });

  it("a look back inside a relative clause only names who acts now: the heading's day stays", async () => {
    const events = await eventsUnderHeadings(headings(["前回の大会で優勝した鈴木次郎選手は7位に終わった。"]));
    expect(events.find((e) => e.quote.includes("前回"))?.date?.value).toBe("2026-02-13");
  });
});
