// The rules the code keeps by construction: every API route declares its access through
// route({ auth, … }), domain modules do not import each other in a loop, and domain code never
// checks a role by name (lib/auth/roles.ts maps roles to permissions; the gate uses them).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { domainCycles, importGraph, isClientModule, listFiles, runtimeClosure } from "./import-graph";

const ROOT = path.resolve(import.meta.dirname, "../..");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** Each exported HTTP method of a route file and whether it is declared with route({ auth: … }). */
export function routeDeclarations(source: string): { method: string; declared: boolean }[] {
  const out: { method: string; declared: boolean }[] = [];
  for (const method of METHODS) {
    const asConst = new RegExp(`export\\s+const\\s+${method}\\s*=\\s*([^;\\n]*)`).exec(source);
    const asFunction = new RegExp(`export\\s+(?:async\\s+)?function\\s+${method}\\b`).test(source);
    const asReexport = new RegExp(`export\\s*\\{[^}]*\\bas\\s+${method}\\b[^}]*\\}`).test(source);
    if (asConst) out.push({ method, declared: /^route\(\{\s*auth:\s*("[^"]+")/.test(asConst[1]!.trim()) });
    else if (asFunction || asReexport) out.push({ method, declared: false });
  }
  return out;
}

describe("route declarations", () => {
  const files = listFiles(ROOT, "app/api", (f) => /route\.tsx?$/.test(f));

  it("finds the route files", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)("%s declares its access for every method", (file) => {
    const decls = routeDeclarations(fs.readFileSync(path.join(ROOT, file), "utf8"));
    expect(decls.length, `${file} exports no handler`).toBeGreaterThan(0);
    expect(decls.filter((d) => !d.declared).map((d) => d.method), file).toEqual([]);
  });

  it("tells a declared handler from an undeclared one", () => {
    expect(routeDeclarations('export const GET = route({ auth: "user" }, async () => x);')).toEqual([{ method: "GET", declared: true }]);
    expect(routeDeclarations("export const POST = route(async (req) => x);")).toEqual([{ method: "POST", declared: false }]);
    expect(routeDeclarations("export async function DELETE(req) {}")).toEqual([{ method: "DELETE", declared: false }]);
    expect(routeDeclarations("export { handler as GET, handler as POST };")).toEqual([{ method: "GET", declared: false }, { method: "POST", declared: false }]);
  });
});

describe("layering", () => {
  const files = listFiles(ROOT, "lib", (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));

  it("domain modules import each other without cycles", () => {
    expect(domainCycles(importGraph(ROOT, files))).toEqual([]);
  });

  it("domain code names no role: roles map to permissions only in lib/auth (and the gate)", () => {
    const allowed = new Set(["lib/auth/roles.ts", "lib/http/handler.ts", "lib/users/sign-up.ts"]);
    const offenders = files.filter((f) => !allowed.has(f) && /\.role\s*[!=]==?\s*["'](?:instructor|learner)["']/.test(fs.readFileSync(path.join(ROOT, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});

describe("client bundles", () => {
  const clientModules = listFiles(ROOT, "components", (f) => /\.tsx?$/.test(f)).filter((f) => isClientModule(ROOT, f));
  const usesZod = (file: string) => /\bfrom\s+["']zod["']/.test(fs.readFileSync(path.join(ROOT, file), "utf8"));
  const CONFIG = "components/zod-browser-config.ts";

  it("a client component that brings zod to the browser sets zod's browser config itself", () => {
    // zod is not loaded by every page (issue 12), so the config cannot come from the root layout.
    const bringsZod = clientModules.filter((f) => [...runtimeClosure(ROOT, f)].some((dep) => dep !== CONFIG && usesZod(dep)));
    expect(bringsZod.length).toBeGreaterThan(0);
    const missing = bringsZod.filter((f) => !/import\s+["']@\/components\/zod-browser-config["']/.test(fs.readFileSync(path.join(ROOT, f), "utf8")));
    expect(missing).toEqual([]);
  });
});
