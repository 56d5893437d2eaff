// Dashboard numbers, pure: reviews per study day, true retention, the upcoming forecast and
// mastery per set, all in the learner's time zone.
import { studyDayOf } from "@/lib/srs/day";

export interface LogPoint {
  reviewedAt: Date;
  rating: string;
  stateBefore: string;
}

export interface StatePoint {
  cardId: string;
  state: string;
  due: Date;
  scheduledDays: number;
}

/** Anki's "mature": an interval of 21 days or more. */
export const MATURE_DAYS = 21;

function dayList(from: Date, days: number, timeZone: string, step: 1 | -1): string[] {
  const out: string[] = [];
  for (let i = 0; i < days; i++) out.push(studyDayOf(new Date(from.getTime() + step * i * 86_400_000), timeZone));
  return step === -1 ? [...new Set(out)].reverse() : [...new Set(out)];
}

export function reviewsPerDay(logs: readonly LogPoint[], now: Date, timeZone: string, days = 30) {
  const list = dayList(now, days, timeZone, -1);
  const byDay = new Map(list.map((d) => [d, { day: d, again: 0, passed: 0, total: 0, reviewsOfMature: 0, passedOfReview: 0, reviewCount: 0 }]));
  for (const l of logs) {
    const row = byDay.get(studyDayOf(l.reviewedAt, timeZone));
    if (!row) continue;
    row.total++;
    if (l.rating === "again") row.again++;
    else row.passed++;
    if (l.stateBefore === "review") {
      row.reviewCount++;
      if (l.rating !== "again") row.passedOfReview++;
    }
  }
  return [...byDay.values()].map((r) => ({
    day: r.day.slice(5),
    again: r.again,
    passed: r.passed,
    total: r.total,
    /** Share of reviews (cards in the review state) not forgotten; null when none. */
    retention: r.reviewCount ? Math.round((r.passedOfReview / r.reviewCount) * 1000) / 10 : null,
  }));
}

export function overallRetention(logs: readonly LogPoint[]): number | null {
  const reviews = logs.filter((l) => l.stateBefore === "review");
  if (!reviews.length) return null;
  return Math.round((reviews.filter((l) => l.rating !== "again").length / reviews.length) * 1000) / 10;
}

export function forecast(states: readonly StatePoint[], now: Date, timeZone: string, days = 30) {
  const list = dayList(now, days, timeZone, 1);
  const today = list[0];
  const byDay = new Map(list.map((d) => [d, 0]));
  for (const s of states) {
    if (s.state === "new") continue;
    const day = s.due.getTime() <= now.getTime() ? today : studyDayOf(s.due, timeZone);
    if (day !== undefined && byDay.has(day)) byDay.set(day, (byDay.get(day) ?? 0) + 1);
  }
  return [...byDay.entries()].map(([day, due]) => ({ day: day.slice(5), due }));
}

export function mastery(cardIds: readonly string[], stateOf: ReadonlyMap<string, StatePoint>) {
  let mature = 0;
  let young = 0;
  let fresh = 0;
  for (const id of cardIds) {
    const s = stateOf.get(id);
    if (!s || s.state === "new") fresh++;
    else if (s.state === "review" && s.scheduledDays >= MATURE_DAYS) mature++;
    else young++;
  }
  const total = cardIds.length;
  return { total, mature, young, new: fresh, percent: total ? Math.round((mature / total) * 1000) / 10 : 0 };
}
