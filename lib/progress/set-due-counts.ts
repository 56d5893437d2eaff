// Due counts per visible set for one user (what each set would show today, limits applied).
import type { Db } from "@/lib/db/client";
import { listVisibleSets, type SetSummary } from "@/lib/sets/list-visible";
import { countReviewedToday, dueCounts, factsReviewedToday, startOfStudyDay, type CardStateName, type DueCounts } from "@/lib/srs";
import { rowToState } from "@/lib/study/state-row";

export async function setDueCounts(db: Db, userId: string, now = new Date()): Promise<(SetSummary & { due: DueCounts })[]> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true, newPerDay: true, reviewsPerDay: true, siblingsSameDay: true } });
  const sets = await listVisibleSets(db, userId);
  const setIds = sets.map((s) => s.id);
  const [members, states, logs] = await Promise.all([
    db.setCard.findMany({ where: { setId: { in: setIds }, card: { retired: false } }, select: { setId: true, cardId: true, position: true, card: { select: { factId: true } } } }),
    db.cardState.findMany({ where: { userId } }),
    db.reviewLog.findMany({ where: { userId, undoneAt: null, reviewedAt: { gte: startOfStudyDay(now, user.timeZone) } }, select: { reviewedAt: true, stateBefore: true, card: { select: { factId: true } } } }),
  ]);
  const stateOf = new Map(states.map((s) => [s.cardId, rowToState(s)]));
  const reviewedTodayCounts = countReviewedToday(
    logs.map((l) => ({ reviewedAt: l.reviewedAt.toISOString(), stateBefore: l.stateBefore as CardStateName })),
    now,
    user.timeZone,
  );
  const reviewedFacts = factsReviewedToday(logs.map((l) => ({ reviewedAt: l.reviewedAt.toISOString(), factId: l.card.factId })), now, user.timeZone);
  const bySet = new Map<string, { id: string; state: ReturnType<typeof rowToState> | null; newPosition: number; factId: string | null }[]>();
  for (const m of members) {
    const list = bySet.get(m.setId) ?? [];
    list.push({ id: m.cardId, state: stateOf.get(m.cardId) ?? null, newPosition: m.position, factId: m.card.factId });
    bySet.set(m.setId, list);
  }
  return sets.map((s) => ({
    ...s,
    due: dueCounts({
      cards: bySet.get(s.id) ?? [],
      now,
      timeZone: user.timeZone,
      newPerDay: user.newPerDay,
      reviewsPerDay: user.reviewsPerDay,
      reviewedTodayCounts,
      siblingsSameDay: user.siblingsSameDay,
      factsReviewedToday: reviewedFacts,
    }),
  }));
}
