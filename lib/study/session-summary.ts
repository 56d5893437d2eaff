// What a study session did, for its progress bar and end-of-session summary: reviews by
// rating and time spent (undone reviews are removed from the list by the caller).
import type { ReviewRating } from "@/lib/srs/schedule";

export interface SessionReview {
  rating: ReviewRating;
  durationMs: number;
}

export interface SessionSummary {
  reviews: number;
  byRating: Record<ReviewRating, number>;
  totalMs: number;
  /** 0–100: reviews done out of done + still queued. */
  percent: number;
}

export function summarizeSession(done: readonly SessionReview[], queued: number): SessionSummary {
  const byRating: Record<ReviewRating, number> = { again: 0, hard: 0, good: 0, easy: 0 };
  let totalMs = 0;
  for (const r of done) {
    byRating[r.rating]++;
    totalMs += Math.max(0, r.durationMs);
  }
  const all = done.length + Math.max(0, queued);
  return { reviews: done.length, byRating, totalMs, percent: all ? Math.round((done.length / all) * 100) : 0 };
}
