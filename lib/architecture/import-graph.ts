// The import graph of the source tree, read from the files themselves (static imports and
// re-exports, `@/` and relative paths), for the architecture tests.
import fs from "node:fs";
import path from "node:path";

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g;
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

export function listFiles(root: string, dir: string, match: (file: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(root, rel, match));
    else if (match(rel)) out.push(rel);
  }
  return out.sort();
}

function resolve(root: string, from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = spec.slice(2);
  else if (spec.startsWith(".")) base = path.join(path.dirname(from), spec);
  else return null;
  for (const ext of ["", ...EXTENSIONS]) {
    const candidate = base + ext;
    if (fs.existsSync(path.join(root, candidate)) && fs.statSync(path.join(root, candidate)).isFile()) return candidate;
  }
  return null;
}

/** file → the project files it imports (type-only imports included: they are still coupling). */
export function importGraph(root: string, files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, file), "utf8");
    const deps = new Set<string>();
    for (const m of text.matchAll(IMPORT)) {
      const target = resolve(root, file, m[1]!);
      if (target) deps.add(target);
    }
    graph.set(file, [...deps]);
  }
  return graph;
}

// What a module loads when it runs (what ends up in a browser bundle): value imports and
// re-exports, side-effect imports and dynamic import() — not `import type`/`export type`.
const RUNTIME_IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^;]*?\sfrom\s+)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** The project files a module loads at run time (see RUNTIME_IMPORT). */
export function runtimeImports(root: string, file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const deps = new Set<string>();
  for (const m of text.matchAll(RUNTIME_IMPORT)) {
    const target = resolve(root, file, (m[1] ?? m[2])!);
    if (target) deps.add(target);
  }
  return [...deps];
}

/** A module that starts with the "use client" directive (comments before it allowed). */
export function isClientModule(root: string, file: string): boolean {
  return /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use client["']/.test(fs.readFileSync(path.join(root, file), "utf8"));
}

/** A module of server actions: a client that imports it gets references, not its code. */
export function isServerActionModule(root: string, file: string): boolean {
  return /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(fs.readFileSync(path.join(root, file), "utf8"));
}

/** Every project file whose code a browser bundle starting at `start` holds, `start` included
 *  (run-time imports, not into server-action modules). */
export function runtimeClosure(root: string, start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file) || (file !== start && isServerActionModule(root, file))) continue;
    seen.add(file);
    stack.push(...runtimeImports(root, file));
  }
  return seen;
}

/** The client modules a server file renders: the first "use client" module on each import path. */
export function clientEntries(root: string, start: string): Set<string> {
  const entries = new Set<string>();
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (isClientModule(root, file)) entries.add(file);
    else stack.push(...runtimeImports(root, file));
  }
  return entries;
}

/** The domain of a lib file: lib/<domain>/…; a top-level lib file is its own domain. */
export function domainOf(file: string): string {
  const parts = file.split(path.sep);
  return parts[0] === "lib" && parts.length > 2 ? parts[1]! : file;
}

/** Pairs of domains that import each other, directly or around a longer loop (strongly
 *  connected components of the domain graph with more than one member). */
export function domainCycles(graph: Map<string, string[]>): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const [file, deps] of graph) {
    const from = domainOf(file);
    for (const dep of deps) {
      const to = domainOf(dep);
      if (to === from || !dep.startsWith(`lib${path.sep}`)) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
    }
  }
  // Tarjan's strongly connected components.
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!indices.has(v)) visit(v);
  return components;
}

/** The domains each domain imports, for the layering record in docs/architecture.md. */
export function domainEdges(graph: Map<string, string[]>): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const [file, deps] of graph) {
    const from = domainOf(file);
    for (const dep of deps) {
      const to = domainOf(dep);
      if (to !== from && dep.startsWith(`lib${path.sep}`)) (out.get(from) ?? out.set(from, new Set()).get(from)!).add(to);
    }
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}
