// Item analysis for quiz questions, after Moodle's quiz statistics: facility (share
// correct), discrimination as the point-biserial correlation of the item score with the rest
// of the test (total minus the item, so the item does not correlate with itself), and
// Kelley's upper–lower 27 % index. Small samples and constant scores give null, never NaN.

export interface ItemResponse {
  attemptId: string;
  questionId: string;
  /** 0..1 (partial credit allowed); an unanswered question that was presented counts 0. */
  score: number;
  timeMs?: number | null;
}

export type ItemFlag = "negative_discrimination" | "too_few_responses" | "no_variance";

export interface ItemStats {
  questionId: string;
  /** Attempts in which the question was presented. */
  n: number;
  /** Mean score, 0..1 (share correct for right/wrong items). */
  facility: number | null;
  /** Pearson correlation of item score with rest score (point-biserial for 0/1 items); -1..1. */
  discrimination: number | null;
  /** Mean item score of the top 27 % by rest score minus that of the bottom 27 %; -1..1. */
  upperLowerIndex: number | null;
  meanTimeMs: number | null;
  flags: ItemFlag[];
}

export interface ItemAnalysis {
  attempts: number;
  items: ItemStats[];
}

export interface ItemAnalysisOptions {
  /** Share of attempts in each of the upper and lower groups. Default 0.27 (Kelley). */
  groupFraction?: number;
}

/**
 * Statistics per question over the given responses. A repeated (attempt, question) pair
 * keeps its first response. Items come back sorted by question id.
 */
export function analyzeItems(responses: readonly ItemResponse[], options: ItemAnalysisOptions = {}): ItemAnalysis {
  const fraction = options.groupFraction ?? 0.27;
  if (!(fraction > 0 && fraction <= 0.5)) throw new RangeError("groupFraction must be in (0, 0.5]");

  const seen = new Set<string>();
  const unique: ItemResponse[] = [];
  for (const r of responses) {
    if (!Number.isFinite(r.score) || r.score < 0 || r.score > 1) throw new RangeError(`score out of 0..1 for ${r.questionId}`);
    const id = JSON.stringify([r.attemptId, r.questionId]);
    if (seen.has(id)) continue;
    seen.add(id);
    unique.push(r);
  }

  const totals = new Map<string, number>();
  for (const r of unique) totals.set(r.attemptId, (totals.get(r.attemptId) ?? 0) + r.score);

  const byQuestion = new Map<string, ItemResponse[]>();
  for (const r of unique) byQuestion.set(r.questionId, [...(byQuestion.get(r.questionId) ?? []), r]);

  const items = [...byQuestion.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([questionId, rs]) => statsFor(questionId, rs, totals, fraction));
  return { attempts: totals.size, items };
}

function mean(xs: readonly number[]): number | null {
  return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null;
}

/** Pearson correlation; null when n < 2 or either variable is constant. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return null;
  const mx = mean(xs.slice(0, n))!;
  const my = mean(ys.slice(0, n))!;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Relative tolerance: sums of identical floats can leave a tiny non-zero variance.
  const eps = 1e-12;
  if (sxx <= eps || syy <= eps) return null;
  const r = sxy / Math.sqrt(sxx * syy);
  return Math.max(-1, Math.min(1, r));
}

function statsFor(
  questionId: string,
  responses: ItemResponse[],
  totals: Map<string, number>,
  fraction: number,
): ItemStats {
  const n = responses.length;
  const scores = responses.map((r) => r.score);
  const rest = responses.map((r) => (totals.get(r.attemptId) ?? 0) - r.score);
  const times = responses
    .map((r) => r.timeMs)
    .filter((t): t is number => typeof t === "number" && Number.isFinite(t) && t >= 0);

  const flags: ItemFlag[] = [];
  if (n < 2) flags.push("too_few_responses");
  const constantItem = n >= 2 && scores.every((s) => s === scores[0]);
  const constantRest = n >= 2 && rest.every((s) => s === rest[0]);
  if (constantItem || constantRest) flags.push("no_variance");

  const discrimination = pearson(scores, rest);
  const upperLowerIndex = upperLower(responses, rest, fraction);
  if ((discrimination !== null && discrimination < 0) || (upperLowerIndex !== null && upperLowerIndex < 0))
    flags.push("negative_discrimination");

  return {
    questionId,
    n,
    facility: mean(scores),
    discrimination,
    upperLowerIndex,
    meanTimeMs: mean(times),
    flags,
  };
}

/** Kelley's index on groups ranked by rest score (ties broken by attempt id, for determinism). */
function upperLower(responses: ItemResponse[], rest: number[], fraction: number): number | null {
  const n = responses.length;
  if (n < 2) return null;
  const size = Math.max(1, Math.floor(n * fraction));
  const ranked = responses
    .map((r, i) => ({ score: r.score, rest: rest[i] as number, attemptId: r.attemptId }))
    .sort((a, b) => b.rest - a.rest || (a.attemptId < b.attemptId ? -1 : a.attemptId > b.attemptId ? 1 : 0));
  // Constant rest scores cannot tell strong from weak learners.
  if (ranked[0]!.rest === ranked[n - 1]!.rest) return null;
  const upper = mean(ranked.slice(0, size).map((x) => x.score))!;
  const lower = mean(ranked.slice(n - size).map((x) => x.score))!;
  return upper - lower;
}
