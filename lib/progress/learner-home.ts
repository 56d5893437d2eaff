// The signed-in learner's home: cards due today across their sets (limits applied), the set
// to continue with, the study streak and a 12-week review heatmap.
import type { Db } from "@/lib/db/client";
import { studyDayOf } from "@/lib/srs/day";
import { setDueCounts } from "./set-due-counts";
import { heatmap, studyStreak, type HeatCell } from "./streak";

export interface LearnerHome {
  /** Sets with something due today, most due first. */
  dueSets: { id: string; title: string; due: number }[];
  /** Where 続ける goes: the set with the most due, else null (nothing due). */
  continueSetId: string | null;
  streak: number;
  reviewedToday: number;
  heat: HeatCell[];
}

const WEEKS = 12;

export async function loadLearnerHome(db: Db, userId: string, now = new Date()): Promise<LearnerHome> {
  const [sets, user] = await Promise.all([
    setDueCounts(db, userId, now),
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } }),
  ]);
  const since = new Date(now.getTime() - (WEEKS * 7 + 1) * 86_400_000);
  const logs = await db.reviewLog.findMany({ where: { userId, undoneAt: null, reviewedAt: { gte: since } }, select: { reviewedAt: true } });
  const counts = new Map<string, number>();
  for (const l of logs) {
    const day = studyDayOf(l.reviewedAt, user.timeZone);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const today = studyDayOf(now, user.timeZone);
  // Per set (a card in two sets is due in both, so the figures are not summed).
  const dueSets = sets.filter((s) => s.due.total > 0).map((s) => ({ id: s.id, title: s.title, due: s.due.total })).sort((a, b) => b.due - a.due);
  return {
    dueSets,
    continueSetId: dueSets[0]?.id ?? null,
    streak: studyStreak(new Set(counts.keys()), today),
    reviewedToday: counts.get(today) ?? 0,
    heat: heatmap(counts, today, WEEKS),
  };
}
