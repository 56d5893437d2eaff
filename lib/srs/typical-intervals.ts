// What a set of weights means for a learner: the intervals a new card gets when it is answered
// 「普通」 (Good) every time it comes due, as Anki's simulator shows. No fuzz, so two sets of
// weights are compared on the same footing.
import { reviewCard, type CardState } from "./schedule";

const DAY_MS = 86_400_000;

/** The first `count` intervals, in days, that a card answered Good on each due date gets (learning steps skipped). */
export function typicalIntervals(parameters: readonly number[] | null, desiredRetention: number, count = 6, start = new Date("2025-01-01T00:00:00Z")): number[] {
  const days: number[] = [];
  let state: CardState | null = null;
  let now = start;
  // A learning step keeps the card within the day; bounded so odd weights cannot loop forever.
  for (let step = 0; step < count + 10 && days.length < count; step++) {
    const { next } = reviewCard({ state, rating: "good", now, desiredRetention, fuzz: false, parameters });
    const interval = Date.parse(next.due) - now.getTime();
    if (interval >= DAY_MS) days.push(Math.round(interval / DAY_MS));
    state = next;
    now = new Date(next.due);
  }
  return days;
}
