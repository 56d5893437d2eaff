// The web server must never load the language analyser (its dictionary is 100+ MB): only the
// ingestion worker does. This walks the static and dynamic imports of everything Next.js serves
// (app/, components/, instrumentation) and checks that extraction's entry point, the worker's
// modules and kuromoji are out of reach. Type-only imports are erased at build time and skipped.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
/** lib/extract modules the web server may load: no analyser behind them. A new one here is a decision. */
// dates.ts: metadata reads publication dates with it; data/sides.ts: the country and body names cards use to
// tell a person from a country among options (plain data, no analyser); turns.ts: the cleaner splits a
// transcript at its speakers' turn labels (patterns only, it imports nothing).
const WEB_SAFE_EXTRACT_MODULES = ["dates.ts", "data/sides.ts", "turns.ts"];
const EXTENSIONS = [".ts", ".tsx", ".js", ".mjs", "/index.ts", "/index.tsx"];

function resolveLocal(base: string): string | null {
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return base;
  for (const ext of EXTENSIONS) if (fs.existsSync(base + ext)) return base + ext;
  return null;
}

function runtimeSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const found: string[] = [];
  for (const m of code.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/gm)) if (!m[1]) found.push(m[2]!);
  for (const m of code.matchAll(/\b(?:import|require)\(\s*["']([^"']+)["']\s*\)/g)) found.push(m[1]!);
  return found;
}

function walk(entries: string[]) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of runtimeSpecifiers(fs.readFileSync(file, "utf8"))) {
      const local = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(file), spec) : null;
      if (local === null) {
        packages.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
        continue;
      }
      const resolved = resolveLocal(local);
      if (resolved && !resolved.includes(`${path.sep}generated${path.sep}`)) queue.push(resolved);
    }
  }
  return { files: [...files].map((f) => path.relative(ROOT, f)), packages };
}

function sourcesUnder(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(tsx?)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe("the web server's import graph", () => {
  const entries = [
    ...sourcesUnder("app"),
    ...sourcesUnder("components"),
    ...["instrumentation.ts", "instrumentation-node.ts", "middleware.ts", "proxy.ts"].map((f) => path.join(ROOT, f)).filter((f) => fs.existsSync(f)),
  ];
  const { files, packages } = walk(entries);

  it("reaches the routes that queue ingestion jobs (the walk works)", () => {
    expect(files).toContain(path.join("app", "api", "documents", "route.ts"));
    expect(files).toContain(path.join("lib", "jobs", "enqueue-import.ts"));
    expect(files).toContain(path.join("lib", "jobs", "spawn-worker.ts"));
    expect(packages.has("next")).toBe(true);
  });

  it("never reaches extraction's entry point, the worker's modules or the analyser", () => {
    expect(files.filter((f) => f === path.join("lib", "extract", "run.ts") || f.startsWith(path.join("lib", "jobs", "worker")))).toEqual([]);
    expect(files.filter((f) => f.startsWith("scripts"))).toEqual([]);
    expect([...packages].filter((p) => ["kuromoji", "lindera-wasm", "tsx"].includes(p))).toEqual([]);
  });

  it("loads the FSRS optimizer binding only on demand, in one module, never at server start", () => {
    const importers = files.filter((f) => runtimeSpecifiers(fs.readFileSync(path.join(ROOT, f), "utf8")).includes("@open-spaced-repetition/binding"));
    expect(importers).toEqual([path.join("lib", "study", "load-optimizer.ts")]);
    const source = fs.readFileSync(path.join(ROOT, "lib", "study", "load-optimizer.ts"), "utf8");
    expect(source).toMatch(/\bimport\(\s*"@open-spaced-repetition\/binding"\s*\)/);
    expect(source).not.toMatch(/^\s*import\s+(?!type\b)[^;]*from\s+"@open-spaced-repetition\/binding"/m);
    const atStart = walk(["instrumentation.ts", "instrumentation-node.ts"].map((f) => path.join(ROOT, f)).filter((f) => fs.existsSync(f)));
    expect(atStart.packages.has("@open-spaced-repetition/binding")).toBe(false);
  });

  it("reaches only extraction's pure date parser and its name data, never the analyser", () => {
    const reached = files.filter((f) => f.startsWith(path.join("lib", "extract"))).sort();
    expect(reached).toEqual(WEB_SAFE_EXTRACT_MODULES.map((f) => path.join("lib", "extract", f)).sort());
  });
});
