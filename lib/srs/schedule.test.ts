import { describe, expect, it } from "vitest";
import {
  cardStateSchema,
  formatInterval,
  newCardState,
  previewIntervals,
  retrievability,
  reviewCard,
  reviewRatingSchema,
  undoReview,
  type CardState,
} from "./schedule";

const t0 = new Date("2024-05-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const DAY = 86_400_000;

function graduate(): CardState {
  const first = reviewCard({ state: null, rating: "good", now: t0, desiredRetention: 0.9, fuzz: false }).next;
  return reviewCard({ state: first, rating: "good", now: new Date(first.due), desiredRetention: 0.9, fuzz: false }).next;
}

describe("reviewCard", () => {
  it("moves a new card into learning with FSRS learning steps", () => {
    const { next, log } = reviewCard({ state: null, rating: "good", now: t0, desiredRetention: 0.9 });
    expect(next.state).toBe("learning");
    expect(next.reps).toBe(1);
    expect(Date.parse(next.due) - t0.getTime()).toBe(10 * 60_000);
    expect(next.lastReview).toBe(t0.toISOString());
    expect(log).toMatchObject({ rating: "good", stateBefore: "new", previous: null, reviewedAt: t0.toISOString() });
  });

  it("is a pure function: same input, same output, input untouched", () => {
    const state = graduate();
    const copy = structuredClone(state);
    const a = reviewCard({ state, rating: "hard", now: at(5 * DAY), desiredRetention: 0.9 });
    const b = reviewCard({ state, rating: "hard", now: at(5 * DAY), desiredRetention: 0.9 });
    expect(a).toEqual(b);
    expect(state).toEqual(copy);
  });

  it("produces JSON-safe states that round-trip through the schema", () => {
    const state = graduate();
    expect(state.state).toBe("review");
    const parsed = cardStateSchema.parse(JSON.parse(JSON.stringify(state)));
    expect(parsed).toEqual(state);
    expect(cardStateSchema.safeParse({ ...state, reps: -1 }).success).toBe(false);
    expect(cardStateSchema.safeParse({ ...state, state: "buried" }).success).toBe(false);
  });

  it("a lapse sends a review card to relearning and counts it", () => {
    const state = graduate();
    const { next, log } = reviewCard({ state, rating: "again", now: new Date(state.due), desiredRetention: 0.9 });
    expect(next.state).toBe("relearning");
    expect(next.lapses).toBe(1);
    expect(log.stateBefore).toBe("review");
  });

  it("orders intervals again < hard < good < easy for a review card", () => {
    const state = graduate();
    const p = previewIntervals(state, new Date(state.due), 0.9, false);
    expect(p.again.intervalMs).toBeLessThan(p.hard.intervalMs);
    expect(p.hard.intervalMs).toBeLessThan(p.good.intervalMs);
    expect(p.good.intervalMs).toBeLessThan(p.easy.intervalMs);
  });

  it("preview equals what the review then schedules", () => {
    const state = graduate();
    const now = at(9 * DAY);
    const p = previewIntervals(state, now, 0.85);
    const { next } = reviewCard({ state, rating: "good", now, desiredRetention: 0.85 });
    expect(p.good.due).toBe(next.due);
  });

  it("higher desired retention gives shorter intervals", () => {
    const state = graduate();
    const now = new Date(state.due);
    const low = reviewCard({ state, rating: "good", now, desiredRetention: 0.8, fuzz: false }).next;
    const high = reviewCard({ state, rating: "good", now, desiredRetention: 0.97, fuzz: false }).next;
    expect(high.scheduledDays).toBeLessThan(low.scheduledDays);
  });

  it("rejects out-of-range retention, unknown ratings and invalid dates", () => {
    expect(() => reviewCard({ state: null, rating: "good", now: t0, desiredRetention: 1 })).toThrow(RangeError);
    expect(() => reviewCard({ state: null, rating: "good", now: t0, desiredRetention: 0.5 })).toThrow(RangeError);
    expect(() => reviewCard({ state: null, rating: "great" as never, now: t0, desiredRetention: 0.9 })).toThrow(RangeError);
    expect(() => reviewCard({ state: null, rating: "good", now: new Date("x"), desiredRetention: 0.9 })).toThrow(RangeError);
    expect(reviewRatingSchema.safeParse("good").success).toBe(true);
    expect(reviewRatingSchema.safeParse(3).success).toBe(false);
  });
});

describe("undo", () => {
  it("restores the previous state exactly", () => {
    const state = graduate();
    const { log } = reviewCard({ state, rating: "again", now: at(3 * DAY), desiredRetention: 0.9 });
    expect(undoReview(log)).toEqual(state);
  });

  it("undoing the first review returns null (never reviewed)", () => {
    const { log } = reviewCard({ state: null, rating: "easy", now: t0, desiredRetention: 0.9 });
    expect(undoReview(log)).toBeNull();
  });

  it("the log's previous is a copy, not an alias", () => {
    const state = graduate();
    const { log } = reviewCard({ state, rating: "good", now: at(3 * DAY), desiredRetention: 0.9 });
    state.reps = 999;
    expect(log.previous!.reps).not.toBe(999);
  });
});

describe("helpers", () => {
  it("formats intervals for buttons", () => {
    expect(formatInterval(60_000)).toBe("1分");
    expect(formatInterval(10 * 60_000)).toBe("10分");
    expect(formatInterval(3 * 3_600_000)).toBe("3時間");
    expect(formatInterval(4 * DAY)).toBe("4日");
    expect(formatInterval(63 * DAY)).toBe("2.1か月");
    expect(formatInterval(548 * DAY)).toBe("1.5年");
  });

  it("retrievability falls with time and is null for new cards", () => {
    const state = graduate();
    expect(retrievability(newCardState(t0), t0)).toBeNull();
    const soon = retrievability(state, at(2 * DAY))!;
    const late = retrievability(state, at(60 * DAY))!;
    expect(soon).toBeGreaterThan(late);
    expect(late).toBeGreaterThan(0);
  });
});

describe("formatInterval", () => {
  it("speaks the UI language", () => {
    expect(formatInterval(10 * 60_000)).toBe("10分");
    expect(formatInterval(10 * 60_000, "en")).toBe("10 min");
    expect(formatInterval(3 * 86_400_000, "en")).toBe("3 d");
  });
});
