// Client components get only the message namespaces their route's layout passes them
// (i18n/client-messages.tsx). A missing namespace would show message keys in the browser, so
// every page's client components are read here for the namespaces they use.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientEntries, isClientModule, listFiles, runtimeClosure } from "@/lib/architecture/import-graph";
import { loadMessages } from "./messages";
import { NAMESPACES, pickMessages } from "./namespaces";

const ROOT = path.resolve(import.meta.dirname, "..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

/** The namespaces a client module and everything it loads translate with, and whether any of
 *  it reads next-intl's context at all (a provider is needed even for useLocale alone). */
function clientNeeds(entry: string): { namespaces: Set<string>; provider: boolean } {
  const namespaces = new Set<string>();
  let provider = false;
  for (const file of runtimeClosure(ROOT, entry)) {
    const text = read(file);
    for (const m of text.matchAll(/useTranslations\(\s*["']([A-Za-z]+)["']/g)) namespaces.add(m[1]!);
    if (/\buseTranslations\(\s*\)/.test(text)) namespaces.add("(all)");
    if (/\buse(?:Translations|Locale|Formatter|Now|TimeZone|Messages)\(/.test(text)) provider = true;
  }
  return { namespaces, provider };
}

/** The layouts above a page, outermost first, then the page itself. */
function routeFiles(page: string): string[] {
  const dirs = path.dirname(page).split(path.sep);
  const layouts = dirs.map((_, i) => path.join(...dirs.slice(0, i + 1), "layout.tsx")).filter((f) => fs.existsSync(path.join(ROOT, f)));
  return [...layouts, page];
}

/** The namespaces the innermost <ClientMessages namespaces={[…]}> of a route passes, or null. */
function providedNamespaces(files: string[]): string[] | null {
  for (const file of [...files].reverse()) {
    const m = /<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/.exec(read(file));
    if (m) return [...m[1]!.matchAll(/["']([A-Za-z]+)["']/g)].map((x) => x[1]!);
  }
  return null;
}

describe("message namespaces", () => {
  it("NAMESPACES lists every messages/<locale>/*.json file", () => {
    const files = fs.readdirSync(path.join(ROOT, "messages", "ja")).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, ""));
    expect([...NAMESPACES].sort()).toEqual(files.sort());
  });

  it("pickMessages keeps the given namespaces only, and refuses one the catalog lacks", () => {
    const messages = loadMessages("en");
    const picked = pickMessages(messages, ["auth", "sets"]);
    expect(Object.keys(picked).sort()).toEqual(["auth", "sets"]);
    expect(picked.sets).toBe(messages.sets);
    expect(() => pickMessages({ auth: {} }, ["sets"])).toThrow(/sets/);
  });
});

describe("client messages per route", () => {
  const pages = listFiles(ROOT, "app", (f) => /(^|\/)page\.tsx$/.test(f));

  it("finds the pages and their client components", () => {
    expect(pages.length).toBeGreaterThan(25);
    expect([...clientEntries(ROOT, "app/sets/page.tsx")].some((f) => isClientModule(ROOT, f) && f.startsWith("components/sets/"))).toBe(true);
    expect(clientNeeds("components/study/study-session.tsx").namespaces).toContain("study");
    expect(clientNeeds("components/study/study-session.tsx").namespaces).toContain("apiErrors");
  });

  it.each(pages)("%s: its layouts pass every namespace its client components use", (page) => {
    const files = routeFiles(page);
    const needed = new Set<string>();
    let provider = false;
    for (const file of files) {
      for (const entry of clientEntries(ROOT, file)) {
        const n = clientNeeds(entry);
        n.namespaces.forEach((ns) => needed.add(ns));
        provider ||= n.provider;
      }
    }
    const provided = providedNamespaces(files);
    if (provider) expect(provided, `${page} renders translated client components but no <ClientMessages> wraps it`).not.toBeNull();
    expect([...needed].filter((ns) => !(provided ?? []).includes(ns)).sort(), page).toEqual([]);
  });
});
