// The batch CLI (scripts/extract.ts), run as the user runs it.

import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { seedPath } from "./__fixtures__/seeds";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const run = (args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/extract.ts", ...args], { cwd: root, encoding: "utf8" });

describe("scripts/extract.ts", () => {
  it("prints documents and facts whose quotes are slices of the document text", () => {
    const result = run(["--json", seedPath("newsweek"), seedPath("naigai")]);
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as {
      documents: Array<{ id: string; title: string; publishedAt: string | null; text: string }>;
      facts: Array<{ id: string; document: string; quote: string; start: number; end: number; kind: string; headline: string }>;
    };
    expect(out.documents.map((d) => d.publishedAt)).toEqual(["2019-12-10", null]);
    expect(out.facts.length).toBeGreaterThan(50);
    const texts = new Map(out.documents.map((d) => [d.id, d.text]));
    for (const f of out.facts) expect(texts.get(f.document)!.slice(f.start, f.end)).toBe(f.quote);
    expect(new Set(out.facts.map((f) => f.id)).size).toBe(out.facts.length);
    // Every fact has a headline, with no date in it.
    for (const f of out.facts) {
      expect(f.headline.length).toBeGreaterThan(0);
      expect(f.headline).not.toMatch(/\d{4}年|\d{1,2}月\d{1,2}日/);
    }
    const again = JSON.parse(run(["--json", seedPath("newsweek"), seedPath("naigai")]).stdout) as typeof out;
    expect(again.facts.map((f) => f.id)).toEqual(out.facts.map((f) => f.id));
  }, 60_000);

  it("names facts as `npm run cards` does: every card's factId is a fact printed here", () => {
    const facts = JSON.parse(run(["--json", seedPath("newsweek")]).stdout) as { facts: Array<{ id: string }> };
    const cards = spawnSync(process.execPath, ["--import", "tsx", "scripts/cards.ts", "--json", seedPath("newsweek")], { cwd: root, encoding: "utf8" });
    const ids = new Set(facts.facts.map((f) => f.id));
    const cardFacts = (JSON.parse(cards.stdout) as { cards: Array<{ factId: string | null }> }).cards.map((c) => c.factId).filter((id): id is string => id !== null);
    expect(cardFacts.length).toBeGreaterThan(0);
    for (const id of cardFacts) expect(ids.has(id)).toBe(true);
  }, 60_000);

  it("applies --published to relative dates", () => {
    const result = run(["--json", "--published", "2019-12-10", seedPath("newsweek")]);
    expect(result.stdout).toContain('"value": "2019-12-01"');
  }, 60_000);

  it("prints usage and exits 2 on bad arguments", () => {
    for (const args of [[], ["--bogus", "x"], ["--json", "--published", "soon", "x"]]) {
      const result = run(args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("usage:");
    }
  }, 60_000);

  it("exits 1 with the error code for a file it cannot ingest", () => {
    const result = run(["--json", path.join(root, "package.json.missing")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("cannot read");
  }, 60_000);
});
