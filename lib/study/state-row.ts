// CardState rows ↔ lib/srs CardState objects.
import { cardStateSchema, type CardState, type CardStateName } from "@/lib/srs/schedule";

export interface CardStateRow {
  state: string;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
}

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
