// The gradebook as CSV (RFC 4180, CRLF, a BOM so spreadsheet software reads UTF-8 Japanese).
// Fields starting with = + - @ TAB CR are prefixed with ' so a spreadsheet never runs them as
// formulas (lib/interchange/csv-safe.ts).
import { neutraliseFormula } from "@/lib/interchange/csv-safe";
import type { Gradebook } from "./gradebook";

export function csvField(value: string | number | null | undefined): string {
  const s = neutraliseFormula(value == null ? "" : String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Column headers and status names in the reader's language (built from messages/ by the route). */
export interface CsvLabels {
  learner: string;
  email: string;
  score: (title: string) => string;
  status: (title: string) => string;
  timeSpent: (title: string) => string;
  statusName: (status: string) => string;
}

/** Stable English labels, for scripts that read the CSV without a UI language. */
export const ENGLISH_CSV_LABELS: CsvLabels = {
  learner: "learner",
  email: "email",
  score: (t) => `${t} score %`,
  status: (t) => `${t} status`,
  timeSpent: (t) => `${t} time spent (s)`,
  statusName: (s) => s,
};

export function gradebookCsv(book: Pick<Gradebook, "assignments" | "learners">, labels: CsvLabels = ENGLISH_CSV_LABELS): string {
  const header = [labels.learner, labels.email];
  for (const a of book.assignments) header.push(labels.score(a.title), labels.status(a.title), labels.timeSpent(a.title));
  const lines = [header];
  for (const l of book.learners) {
    const row: (string | number | null)[] = [l.name, l.email];
    for (const c of l.cells) row.push(c.percent, labels.statusName(c.status), Math.round(c.timeSpentMs / 1000));
    lines.push(row.map((x) => (x == null ? "" : String(x))));
  }
  return "\uFEFF" + lines.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}
