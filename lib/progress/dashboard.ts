// Everything the dashboard shows for one learner — only that learner's rows are read.
import type { Db } from "@/lib/db/client";
import { listVisibleSets } from "@/lib/sets/list-visible";
import { forecast, mastery, overallRetention, reviewsPerDay, type StatePoint } from "./stats";

export async function loadDashboard(db: Db, userId: string, now = new Date()) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true, desiredRetention: true } });
  const since = new Date(now.getTime() - 31 * 86_400_000);
  const [logs, states, sets] = await Promise.all([
    db.reviewLog.findMany({ where: { userId, undoneAt: null, reviewedAt: { gte: since } }, select: { reviewedAt: true, rating: true, stateBefore: true } }),
    db.cardState.findMany({ where: { userId, card: { retired: false } }, select: { cardId: true, state: true, due: true, scheduledDays: true } }),
    listVisibleSets(db, userId),
  ]);
  const stateOf = new Map<string, StatePoint>(states.map((s) => [s.cardId, s]));
  const members = await db.setCard.findMany({ where: { setId: { in: sets.map((s) => s.id) }, card: { retired: false } }, select: { setId: true, cardId: true } });
  const cardsOf = new Map<string, string[]>();
  for (const m of members) cardsOf.set(m.setId, [...(cardsOf.get(m.setId) ?? []), m.cardId]);
  const setMastery = sets
    .map((s) => ({ id: s.id, title: s.title, ...mastery(cardsOf.get(s.id) ?? [], stateOf) }))
    .filter((s) => s.total > 0 && s.total > s.new);
  return {
    timeZone: user.timeZone,
    desiredRetention: user.desiredRetention,
    totals: { reviews30: logs.length, cardsStarted: states.length, retention: overallRetention(logs) },
    perDay: reviewsPerDay(logs, now, user.timeZone),
    forecast: forecast(states, now, user.timeZone),
    mastery: setMastery,
  };
}
export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;
