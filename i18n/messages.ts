// UI strings live in messages/<locale>/<namespace>.json, one file per area of the app, so
// each area's strings can change without touching the others. Merged per locale.
import fs from "node:fs";
import path from "node:path";
import type { Locale } from "./locales";

type Messages = Record<string, unknown>;
const cache = new Map<Locale, Messages>();

export function loadMessages(locale: Locale): Messages {
  const hit = process.env.NODE_ENV === "production" ? cache.get(locale) : undefined;
  if (hit) return hit;
  const dir = path.join(process.cwd(), "messages", locale);
  const merged: Messages = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    Object.assign(merged, JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")));
  }
  cache.set(locale, merged);
  return merged;
}
