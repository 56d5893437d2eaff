// Measured quality on real documents the seeds never saw: the 13 of ../shared/corpus-dev (beside the clone,
// as in CI) and three more under __fixtures__/corpus-extra. Gold facts were written before any tuning, by a
// reader who never saw the extractor's output. Documents marked held out were never used to tune rules:
// their figures are the honest estimate for the next upload.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ingestDocument } from "@/lib/ingest/ingest";
import { extract } from "./__fixtures__/analysed";
import { scoreFacts, type GoldFact, type Score } from "./__fixtures__/gold-match";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../..");
const CORPUS_DEV = process.env.CORPUS_DEV_DIR ?? path.resolve(repoRoot, "../shared/corpus-dev");
const EXTRA = path.join(here, "__fixtures__/corpus-extra");
/** Never tuned on. 22–26 were added last (fourth session) and never even read through the extractor's output. */
const HELD_OUT = new Set(["03", "07", "10", "13", "14", "15", "16", "17", "18"]);
const FRESH = new Set(["22", "23", "24", "25", "26"]);
/** Added after a reviewer had judged 22–26's output: read per fact only by reviewers, whose failure classes drove the last date rule. */
const BLIND = new Set(["27", "28", "29"]);
/**
 * Added in the fifth session (news, a white paper, a high-court ruling), gold written by a reader who never saw any
 * extractor output. First measured at 0.505 / 0.331; a reviewer then judged every fact and card, and the failure
 * classes the review named (dates given by headings, judgments' section labels, headline debris) drove rules since.
 */
const UNSEEN = new Set(["30", "31", "32", "33", "34"]);
/**
 * Added in the sixth session (a Diet debate, a white-paper chapter, a labour dispute, two news articles, a district-court
 * ruling), gold written blind by a reader who never ran the extractor or saw its output. First measured at 0.514 / 0.424
 * (the honest estimate for an upload); a reviewer then judged every fact and card, and the session's later rules were
 * general mechanisms for the classes it named, tested on made-up sentences (one of them, an older judgment's 事実,
 * was checked against 39's list of misses). So later figures are no longer blind. No per-fact output.
 */
const NEXT = new Set(["35", "36", "37", "38", "39", "40"]);
const isHeldOut = (id: string) =>
  HELD_OUT.has(id) || FRESH.has(id) || BLIND.has(id) || UNSEEN.has(id) || NEXT.has(id);

interface GoldFile {
  document: string;
  publishedAt: string | null;
  facts: GoldFact[];
}

function cases(): Array<{ id: string; file: string; gold: GoldFile }> {
  const out: Array<{ id: string; file: string; gold: GoldFile }> = [];
  const fromDir = (goldDir: string, docDir: string) => {
    for (const name of fs.readdirSync(goldDir).filter((n) => n.endsWith(".json")).sort()) {
      const gold = JSON.parse(fs.readFileSync(path.join(goldDir, name), "utf8")) as GoldFile;
      out.push({ id: gold.document.slice(0, 2), file: path.join(docDir, gold.document), gold });
    }
  };
  fromDir(path.join(here, "__fixtures__/corpus-dev"), CORPUS_DEV);
  fromDir(EXTRA, EXTRA);
  return out;
}

/** The date an instructor enters on upload: the document's own, else the one its source records (file name). */
function publicationDate(gold: GoldFile): string | null {
  return gold.publishedAt ?? /(\d{4}-\d{2}-\d{2})/.exec(gold.document)?.[1] ?? null;
}

const pct = (x: number) => x.toFixed(3);

describe("extraction quality on real documents (corpus-dev and held-out extras)", () => {
  const all = cases();
  const scores = new Map<string, Score>();

  it("finds the development corpus beside the clone", () => {
    expect(fs.existsSync(CORPUS_DEV)).toBe(true);
    expect(all.length).toBeGreaterThanOrEqual(29);
  });

  for (const c of all) {
    it(`${c.gold.document}: every fact quotes its text; nothing from front matter, headings or furniture`, async () => {
      const doc = await ingestDocument({ bytes: new Uint8Array(fs.readFileSync(c.file)), filename: path.basename(c.file) });
      const facts = extract(doc.cleaned, { publishedAt: publicationDate(c.gold), title: doc.title });
      const s = scoreFacts(doc.cleaned, c.gold.facts, facts);
      scores.set(c.id, s);
      const tag = NEXT.has(c.id) ? "next" : UNSEEN.has(c.id) ? "unseen" : BLIND.has(c.id) ? "blind" : FRESH.has(c.id) ? "fresh" : HELD_OUT.has(c.id) ? "held-out" : "tuned";
      console.log(
        `[corpus] ${c.id} ${tag.padEnd(8)} recall=${pct(s.recall)} (${s.matched}/${s.gold}) precision=${pct(s.precision)} ` +
          `(${s.extracted - s.spurious.length}/${s.extracted}) actors=${pct(s.actorAgreement)}`,
      );
      if (!isHeldOut(c.id)) {
        for (const g of s.missed) console.log(`[corpus]   missed ${g.kind} ${g.date ?? "-"} ${g.quote}`);
        for (const f of s.spurious) console.log(`[corpus]   extra  ${f.kind} ${f.date?.value ?? "-"} ${f.quote.slice(0, 50)}`);
      }
      for (const f of facts) expect(doc.cleaned.text.slice(f.start, f.end)).toBe(f.quote);
      const furniture = doc.cleaned.blocks.filter((b) => b.kind !== "body" && b.kind !== "table");
      expect(facts.filter((f) => furniture.some((b) => f.start < b.end && b.start < f.end))).toEqual([]);
    });
  }

  it("prints overall recall and precision, held-out and tuned apart", () => {
    const sum = (ids: string[]) => {
      const ss = ids.map((id) => scores.get(id)!).filter(Boolean);
      const gold = ss.reduce((n, s) => n + s.gold, 0);
      const matched = ss.reduce((n, s) => n + s.matched, 0);
      const extracted = ss.reduce((n, s) => n + s.extracted, 0);
      const right = ss.reduce((n, s) => n + s.extracted - s.spurious.length, 0);
      return { recall: gold ? matched / gold : 0, precision: extracted ? right / extracted : 0 };
    };
    const ids = [...scores.keys()];
    const held = sum(ids.filter((id) => HELD_OUT.has(id)));
    const fresh = sum(ids.filter((id) => FRESH.has(id)));
    const blind = sum(ids.filter((id) => BLIND.has(id)));
    const unseen = sum(ids.filter((id) => UNSEEN.has(id)));
    const next = sum(ids.filter((id) => NEXT.has(id)));
    const tuned = sum(ids.filter((id) => !isHeldOut(id)));
    console.log(`[corpus] overall held-out: recall=${pct(held.recall)} precision=${pct(held.precision)}`);
    console.log(`[corpus] overall fresh:    recall=${pct(fresh.recall)} precision=${pct(fresh.precision)}`);
    console.log(`[corpus] overall blind:    recall=${pct(blind.recall)} precision=${pct(blind.precision)}`);
    console.log(`[corpus] overall unseen:   recall=${pct(unseen.recall)} precision=${pct(unseen.precision)}`);
    console.log(`[corpus] overall next:     recall=${pct(next.recall)} precision=${pct(next.precision)}`);
    console.log(`[corpus] overall tuned:    recall=${pct(tuned.recall)} precision=${pct(tuned.precision)}`);
    expect(scores.size).toBe(all.length);
    // Floors that guard against regressions (the targets are 0.9 each; see the README for today's figures).
    expect(held.recall).toBeGreaterThanOrEqual(FLOOR.heldRecall);
    expect(held.precision).toBeGreaterThanOrEqual(FLOOR.heldPrecision);
    expect(fresh.recall).toBeGreaterThanOrEqual(FLOOR.freshRecall);
    expect(fresh.precision).toBeGreaterThanOrEqual(FLOOR.freshPrecision);
    expect(blind.recall).toBeGreaterThanOrEqual(FLOOR.blindRecall);
    expect(blind.precision).toBeGreaterThanOrEqual(FLOOR.blindPrecision);
    expect(unseen.recall).toBeGreaterThanOrEqual(FLOOR.unseenRecall);
    expect(unseen.precision).toBeGreaterThanOrEqual(FLOOR.unseenPrecision);
    expect(next.recall).toBeGreaterThanOrEqual(FLOOR.nextRecall);
    expect(next.precision).toBeGreaterThanOrEqual(FLOOR.nextPrecision);
    expect(tuned.recall).toBeGreaterThanOrEqual(FLOOR.tunedRecall);
    expect(tuned.precision).toBeGreaterThanOrEqual(FLOOR.tunedPrecision);
  });
});

// Measured figures less a margin: held-out (9 documents) 0.551/0.650, fresh (5) 0.505/0.380, blind (3)
// 0.635/0.278, unseen (5) 0.866/0.500, next (6) 0.592/0.477, tuned (12) 0.598/0.534 at the time of writing.
const FLOOR = {
  heldRecall: 0.5, heldPrecision: 0.58, freshRecall: 0.45, freshPrecision: 0.33, blindRecall: 0.58, blindPrecision: 0.22,
  unseenRecall: 0.8, unseenPrecision: 0.44, nextRecall: 0.53, nextPrecision: 0.42, tunedRecall: 0.56, tunedPrecision: 0.48,
};
