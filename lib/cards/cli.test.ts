// The cards CLI (scripts/cards.ts), run as the user runs it.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CHECK_NAMES } from "./checks";
import { CARD_TEMPLATES } from "./types";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const seeds = ["content/corpus/naigai-2018.txt", "content/corpus/newsweek-2019-12-10.txt"].map((f) => path.join(root, f));
const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/cards.ts", ...args], { cwd: root, encoding: "utf8" });

interface CliCard {
  template: string;
  front: string;
  back: string;
  choices: string[];
  answer: string | string[];
  quote: string;
  factId: string | null;
}

describe("scripts/cards.ts", () => {
  it("prints the cards of the files as JSON, the same on every run", () => {
    const result = run(["--json", ...seeds]);
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as { cards: CliCard[] };
    expect(out.cards.length).toBeGreaterThan(10);
    for (const c of out.cards) {
      expect(Object.keys(c).sort()).toEqual(["answer", "back", "choices", "factId", "front", "quote", "template"]);
      expect(CARD_TEMPLATES).toContain(c.template);
      expect(c.quote.length).toBeGreaterThan(0);
      if (typeof c.answer === "string" && c.choices.length) expect(c.choices).toContain(c.answer);
      expect(c.front).not.toMatch(/〇〇|\d{4}-\d{2}-\d{2}/);
    }
    expect(JSON.parse(run(["--json", ...seeds]).stdout)).toEqual(out);
  }, 120_000);

  it("--report gives the rejects per check and the cards per template", () => {
    const result = run(["--json", "--report", ...seeds]);
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as {
      cards: CliCard[];
      report: { candidates: number; cards: number; rejected: Record<string, number>; perTemplate: Record<string, number> };
    };
    expect(Object.keys(out.report.rejected).sort()).toEqual([...CHECK_NAMES].sort());
    expect(Object.keys(out.report.perTemplate).sort()).toEqual([...CARD_TEMPLATES].sort());
    expect(out.report.cards).toBe(out.cards.length);
    expect(Object.values(out.report.perTemplate).reduce((a, b) => a + b, 0)).toBe(out.cards.length);
    expect(out.report.candidates).toBeGreaterThanOrEqual(out.cards.length);
    const text = run(["--report", seeds[0]!]);
    expect(text.stdout).toContain("rejected per check:");
    expect(text.stdout).toContain("cards per template:");
  }, 120_000);

  it("prints usage and exits 2 on bad arguments", () => {
    for (const args of [[], ["--bogus", "x"], ["--json", "--published", "soon", "x"]]) {
      const result = run(args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("usage:");
    }
  }, 60_000);

  it("exits 1 for a file it cannot read", () => {
    const result = run(["--json", path.join(root, "no-such-file.txt")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("cannot read");
  }, 60_000);
});
