// Locates the two seed documents: the app's sample corpus if present, else the shared originals.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export const SEEDS = {
  naigai: { corpus: "naigai-2018.txt", original: "000_f483cb7f92beed32.txt", publishedAt: null },
  newsweek: { corpus: "newsweek-2019-12-10.txt", original: "002_9d75f66df955e8e1.txt", publishedAt: "2019-12-10" },
} as const;
export type SeedName = keyof typeof SEEDS;

export function seedPath(name: SeedName): string {
  const seed = SEEDS[name];
  const inCorpus = path.join(ROOT, "content/corpus", seed.corpus);
  if (fs.existsSync(inCorpus)) return inCorpus;
  return path.resolve(ROOT, "../shared/seeds", seed.original);
}

export function readSeed(name: SeedName): string {
  return fs.readFileSync(seedPath(name), "utf8");
}
