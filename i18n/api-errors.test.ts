// Every error code the server can send has a message in the UI languages, so the client never
// has to show the server's English text (components/api-error.ts maps code → message).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { INGEST_ERROR_CODES } from "@/lib/ingest/errors";
import { loadMessages } from "./messages";

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Codes written as literals: new HttpError(404, "code", …), [409, "code", …] tables, canStartAttempt refusals. */
function serverCodes(): Set<string> {
  const codes = new Set<string>(INGEST_ERROR_CODES);
  for (const file of [...sources("lib"), ...sources("app")]) {
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(/HttpError\(\s*\d{3},\s*"([a-z_]+)"/g)) codes.add(m[1]!);
    for (const m of text.matchAll(/\[\s*\d{3},\s*"([a-z_]+)",/g)) codes.add(m[1]!);
    for (const m of text.matchAll(/code:\s*"([a-z_]+)",\s*message:/g)) codes.add(m[1]!);
  }
  const clock = fs.readFileSync("lib/quiz/clock.ts", "utf8").match(/export type StartRefusal = ([^;]+);/)![1]!;
  for (const m of clock.matchAll(/"([a-z_]+)"/g)) codes.add(m[1]!);
  return codes;
}

describe("API error messages", () => {
  it("finds the server's codes", () => {
    const codes = serverCodes();
    for (const c of ["no_attempts_left", "closed", "not_open", "already_answered", "internal", "set_not_found", "no_text_layer"]) expect(codes).toContain(c);
  });
  it.each(["ja", "en"] as const)("%s has a message for every code the server sends", (locale) => {
    const messages = loadMessages(locale).apiErrors as Record<string, string>;
    const missing = [...serverCodes()].filter((c) => typeof messages[c] !== "string");
    expect(missing).toEqual([]);
    expect(typeof messages.generic).toBe("string");
    expect(typeof messages.network).toBe("string");
  });
  it("the Japanese messages are Japanese", () => {
    const messages = loadMessages("ja").apiErrors as Record<string, string>;
    for (const [code, text] of Object.entries(messages)) expect(text, code).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
