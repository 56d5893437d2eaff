// Per-assignment figures of a gradebook column: mean and median of the learners' percents
// (learners with nothing submitted are left out of both, and counted as missing or pending).
import type { Cell } from "@/lib/assignments/progress";

export interface ColumnSummary {
  mean: number | null;
  median: number | null;
  scored: number;
  late: number;
  missing: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function summarizeColumn(cells: readonly Cell[]): ColumnSummary {
  const scores = cells.map((c) => c.percent).filter((p): p is number => p !== null).sort((a, b) => a - b);
  const n = scores.length;
  const mean = n ? round1(scores.reduce((s, x) => s + x, 0) / n) : null;
  const median = n ? round1(n % 2 ? scores[(n - 1) / 2]! : (scores[n / 2 - 1]! + scores[n / 2]!) / 2) : null;
  return { mean, median, scored: n, late: cells.filter((c) => c.status === "late").length, missing: cells.filter((c) => c.status === "missing").length };
}
