// CardState rows ↔ lib/srs CardState objects.
import type { StoredCardState } from "@/lib/db/review-store";
import { cardStateSchema, type CardState, type CardStateName } from "@/lib/srs/schedule";

/** A stored CardState row: the shape the review hot path reads and writes (lib/db/review-store.ts). */
export type CardStateRow = StoredCardState;

export function rowToState(row: CardStateRow): CardState {
  return {
    due: row.due.toISOString(),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as CardStateName,
    lastReview: row.lastReview ? row.lastReview.toISOString() : null,
  };
}

export function stateToRow(state: CardState): CardStateRow {
  return {
    state: state.state,
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsedDays: Math.round(state.elapsedDays),
    scheduledDays: Math.round(state.scheduledDays),
    learningSteps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    lastReview: state.lastReview ? new Date(state.lastReview) : null,
  };
}

/** A stored `previous` JSON value, validated (null when the card was new). */
export function parseStoredState(value: unknown): CardState | null {
  if (value === null || value === undefined) return null;
  const parsed = cardStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
