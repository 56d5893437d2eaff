// The gradebook as CSV (RFC 4180, CRLF, a BOM so spreadsheet software reads UTF-8 Japanese).
// Fields starting with = + - @ TAB CR are prefixed with ' so a spreadsheet never runs them as
// formulas (lib/interchange/csv-safe.ts).
import { neutraliseFormula } from "@/lib/interchange/csv-safe";
import type { Gradebook } from "./gradebook";

export function csvField(value: string | number | null | undefined): string {
  const s = neutraliseFormula(value == null ? "" : String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function gradebookCsv(book: Pick<Gradebook, "assignments" | "learners">): string {
  const header = ["learner", "email"];
  for (const a of book.assignments) header.push(`${a.title} score %`, `${a.title} status`, `${a.title} time spent (s)`);
  const lines = [header];
  for (const l of book.learners) {
    const row: (string | number | null)[] = [l.name, l.email];
    for (const c of l.cells) row.push(c.percent, c.status, Math.round(c.timeSpentMs / 1000));
    lines.push(row.map((x) => (x == null ? "" : String(x))));
  }
  return "\uFEFF" + lines.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}
