// Ingestion throughput (cleanText + extractFacts) on the seed documents, beside the kuromoji tokenizer
// alone on the same text. Run: npx tsx bench/ingest.bench.ts   (one line per metric)

import path from "node:path";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import type { IpadicFeatures, Tokenizer } from "kuromoji";
import { loadAnalyser } from "@/lib/extract/analyse";
import { extractWith } from "@/lib/extract/pipeline";
import { cleanText } from "@/lib/ingest/clean";
import { readSeed } from "@/lib/extract/__fixtures__/seeds";

const MIN_SECONDS = 1;

const seeds = [
  { text: readSeed("naigai"), publishedAt: null },
  { text: readSeed("newsweek"), publishedAt: "2019-12-10" },
];
const totalChars = seeds.reduce((n, s) => n + s.text.length, 0);

/** Runs `round` until MIN_SECONDS have passed (after one warm-up) and returns rounds per second. */
function roundsPerSecond(round: () => void): number {
  round();
  let rounds = 0;
  const started = performance.now();
  while (performance.now() - started < MIN_SECONDS * 1000) {
    round();
    rounds += 1;
  }
  return rounds / ((performance.now() - started) / 1000);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
const line = (metric: string, value: number, unit: string) =>
  console.log(`${metric.padEnd(36)} ${value.toFixed(value >= 100 ? 0 : 2).padStart(12)} ${unit}`);

async function loadTokenizer(): Promise<Tokenizer<IpadicFeatures>> {
  const require = createRequire(import.meta.url);
  const kuromoji = require("kuromoji") as typeof import("kuromoji");
  const dicPath = path.join(path.dirname(require.resolve("kuromoji/package.json")), "dict");
  return new Promise((resolve, reject) =>
    kuromoji.builder({ dicPath }).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer))),
  );
}

async function main() {
  const analyserStarted = performance.now();
  const analyser = await loadAnalyser();
  line("analyser load time (worker start)", (performance.now() - analyserStarted) / 1000, "s");
  let facts = 0;
  const ingestRound = () => {
    facts = 0;
    for (const seed of seeds) facts += extractWith(analyser, cleanText(seed.text), { publishedAt: seed.publishedAt }).length;
  };
  // A 100 KB document: the seeds repeated, as one upload.
  const big = seeds.map((s) => s.text).join("\n\n");
  const hundredKb = big.repeat(Math.ceil((100 * 1024) / (big.length * 3)));
  const bigStarted = performance.now();
  extractWith(analyser, cleanText(hundredKb), {});
  line("ingest a 100 KB document", (performance.now() - bigStarted) / 1000, "s");
  line("ingest peak RSS", peakRssMb(), "MB");

  const loadStarted = performance.now();
  const tokenizer = await loadTokenizer();
  line("kuromoji load time", (performance.now() - loadStarted) / 1000, "s");
  let tokens = 0;
  const tokenizeRound = () => {
    tokens = 0;
    for (const seed of seeds) tokens += tokenizer.tokenize(seed.text).length;
  };
  // The pipeline and the tokenizer alone, alternated three times (A B A B A B): a busy host slows both alike,
  // so the ratio of the medians is what this machine's load leaves least touched.
  const ingestRates: number[] = [];
  const tokenizeRates: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    ingestRates.push(roundsPerSecond(ingestRound) * totalChars);
    tokenizeRates.push(roundsPerSecond(tokenizeRound) * totalChars);
  }
  const ingestCharsPerSecond = median(ingestRates);
  const tokenizerCharsPerSecond = median(tokenizeRates);
  line("seed characters", totalChars, "chars");
  line("facts per round", facts, "facts");
  line("ingest (clean+extract) throughput", ingestCharsPerSecond, "chars/s");
  line("kuromoji tokenize throughput", tokenizerCharsPerSecond, "chars/s");
  line("kuromoji tokens per second", (tokenizerCharsPerSecond / totalChars) * tokens, "tokens/s");
  line("ingest / tokenizer speed ratio", ingestCharsPerSecond / tokenizerCharsPerSecond, "x");
  line("peak RSS with tokenizer loaded", peakRssMb(), "MB");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
