import { describe, expect, it } from "vitest";
import { buildQueue, countReviewedToday, dueCounts, factsReviewedToday, type QueueCard } from "./queue";
import { newCardState, type CardState } from "./schedule";

const now = new Date("2024-06-15T01:00:00Z"); // 10:00 JST; the Tokyo study day ends 2024-06-15T19:00Z

function state(stateName: CardState["state"], due: string): CardState {
  return { ...newCardState(new Date(due)), state: stateName, due, reps: 3, stability: 5, difficulty: 5, lastReview: "2024-06-01T00:00:00Z" };
}

const review = (id: string, due: string): QueueCard => ({ id, state: state("review", due) });
const learning = (id: string, due: string): QueueCard => ({ id, state: state("learning", due) });
const fresh = (id: string, newPosition?: number): QueueCard => ({ id, state: null, newPosition });

const base = { now, timeZone: "Asia/Tokyo", newPerDay: 20, reviewsPerDay: 200, reviewedTodayCounts: { newCards: 0, reviews: 0 } };

describe("buildQueue", () => {
  it("orders learning due now, then reviews due today by due date, then new cards by position", () => {
    const cards = [
      fresh("n2", 2),
      review("r-late", "2024-06-15T18:59:00Z"), // due later this study day: counts as today
      review("r-early", "2024-06-10T00:00:00Z"),
      learning("l1", "2024-06-15T00:59:00Z"),
      fresh("n1", 1),
      review("r-tomorrow", "2024-06-15T19:00:00Z"), // first instant of the next study day
    ];
    const q = buildQueue({ ...base, cards });
    expect(q.queue.map((c) => c.id)).toEqual(["l1", "r-early", "r-late", "n1", "n2"]);
  });

  it("respects the daily review and new limits, minus what was done today", () => {
    const cards = [
      ...Array.from({ length: 5 }, (_, i) => review(`r${i}`, `2024-06-1${i}T00:00:00Z`)),
      ...Array.from({ length: 5 }, (_, i) => fresh(`n${i}`, i)),
    ];
    const q = buildQueue({ ...base, cards, reviewsPerDay: 4, newPerDay: 3, reviewedTodayCounts: { newCards: 1, reviews: 1 } });
    expect(q.reviews.map((c) => c.id)).toEqual(["r0", "r1", "r2"]);
    expect(q.newCards.map((c) => c.id)).toEqual(["n0", "n1"]);
  });

  it("shows nothing new once the limit is used up, and never a negative count", () => {
    const cards = [fresh("n0"), review("r0", "2024-06-01T00:00:00Z")];
    const q = buildQueue({ ...base, cards, newPerDay: 10, reviewsPerDay: 10, reviewedTodayCounts: { newCards: 12, reviews: 10 } });
    expect(q.queue).toEqual([]);
  });

  it("does not limit learning cards and keeps later learning steps aside", () => {
    const cards = [learning("soon", "2024-06-15T01:15:00Z"), learning("later", "2024-06-15T03:00:00Z")];
    const q = buildQueue({ ...base, cards, reviewsPerDay: 0, newPerDay: 0 });
    expect(q.learning.map((c) => c.id)).toEqual(["soon"]); // within the 20-minute learn-ahead
    expect(q.learningLater.map((c) => c.id)).toEqual(["later"]);
  });

  it("uses the learner's day boundary: the same instant, different zones", () => {
    const card = review("r", "2024-06-15T06:00:00Z");
    // In Tokyo the study day ends at 19:00Z: due today. In New York it is 21:00 EDT on the
    // 14th and the study day ends at 04:00 EDT = 08:00Z: due too, but a card due at 08:00Z is not.
    expect(buildQueue({ ...base, cards: [card] }).reviews).toHaveLength(1);
    expect(buildQueue({ ...base, cards: [card], timeZone: "America/New_York" }).reviews).toHaveLength(1);
    const nyEarly = buildQueue({ ...base, cards: [review("r2", "2024-06-15T08:00:00Z")], timeZone: "America/New_York" });
    expect(nyEarly.reviews).toHaveLength(0);
  });

  it("breaks due ties by id and rejects negative limits", () => {
    const cards = [review("b", "2024-06-01T00:00:00Z"), review("a", "2024-06-01T00:00:00Z")];
    expect(buildQueue({ ...base, cards }).reviews.map((c) => c.id)).toEqual(["a", "b"]);
    expect(() => buildQueue({ ...base, cards, newPerDay: -1 })).toThrow(RangeError);
  });
});

describe("dueCounts and countReviewedToday", () => {
  it("counts what the learner would see today", () => {
    const cards = [fresh("n0"), fresh("n1"), review("r0", "2024-06-01T00:00:00Z"), learning("l0", "2024-06-15T05:00:00Z")];
    expect(dueCounts({ ...base, cards, newPerDay: 1 })).toEqual({ learning: 1, review: 1, new: 1, total: 3 });
  });

  it("counts only today's logs, by the kind of review", () => {
    const logs = [
      { reviewedAt: "2024-06-14T18:59:59Z", stateBefore: "new" as const }, // previous Tokyo study day
      { reviewedAt: "2024-06-14T19:00:00Z", stateBefore: "new" as const },
      { reviewedAt: "2024-06-15T00:00:00Z", stateBefore: "review" as const },
      { reviewedAt: "2024-06-15T00:10:00Z", stateBefore: "learning" as const },
    ];
    expect(countReviewedToday(logs, now, "Asia/Tokyo")).toEqual({ newCards: 1, reviews: 1 });
  });
});

describe("siblings (cards of one fact)", () => {
  const of = (factId: string, card: QueueCard): QueueCard => ({ ...card, factId });

  it("shows one new or review card per fact a day; the next sibling fills in from another fact", () => {
    const cards = [
      of("f1", review("f1-review", "2024-06-10T00:00:00Z")),
      of("f1", fresh("f1-new", 0)),
      of("f2", fresh("f2-new-a", 1)),
      of("f2", fresh("f2-new-b", 2)),
      of("f3", fresh("f3-new", 3)),
      fresh("custom", 4), // no fact: never a sibling
    ];
    const q = buildQueue({ ...base, cards, newPerDay: 3 });
    expect(q.queue.map((c) => c.id)).toEqual(["f1-review", "f2-new-a", "f3-new", "custom"]);
    expect(q.reviews.map((c) => c.id)).toEqual(["f1-review"]);
    expect(q.newCards.map((c) => c.id)).toEqual(["f2-new-a", "f3-new", "custom"]);
  });

  it("holds back every new and review sibling of a fact reviewed today, but never a card in learning", () => {
    const cards = [
      of("f1", review("f1-review", "2024-06-10T00:00:00Z")),
      of("f1", fresh("f1-new", 0)),
      of("f1", learning("f1-learning", "2024-06-15T00:59:00Z")),
      of("f2", fresh("f2-new", 1)),
    ];
    const q = buildQueue({ ...base, cards, factsReviewedToday: new Set(["f1"]) });
    expect(q.queue.map((c) => c.id)).toEqual(["f1-learning", "f2-new"]);
  });

  it("a card in learning claims its fact even when it comes back later today", () => {
    const cards = [of("f1", learning("f1-later", "2024-06-15T05:00:00Z")), of("f1", review("f1-review", "2024-06-10T00:00:00Z"))];
    const q = buildQueue({ ...base, cards });
    expect(q.learningLater.map((c) => c.id)).toEqual(["f1-later"]);
    expect(q.reviews).toEqual([]);
    expect(dueCounts({ ...base, cards })).toEqual({ learning: 1, review: 0, new: 0, total: 1 });
  });

  it("shows siblings together when the learner asks for it", () => {
    const cards = [of("f1", review("f1-review", "2024-06-10T00:00:00Z")), of("f1", fresh("f1-new", 0)), of("f1", fresh("f1-new-2", 1))];
    const q = buildQueue({ ...base, cards, siblingsSameDay: true, factsReviewedToday: new Set(["f1"]) });
    expect(q.queue.map((c) => c.id)).toEqual(["f1-review", "f1-new", "f1-new-2"]);
  });

  it("a held-back sibling does not use up the daily limit", () => {
    const cards = [of("f1", fresh("a", 0)), of("f1", fresh("b", 1)), of("f2", fresh("c", 2))];
    expect(buildQueue({ ...base, cards, newPerDay: 2 }).newCards.map((c) => c.id)).toEqual(["a", "c"]);
  });

  it("factsReviewedToday keeps only today's reviewed facts", () => {
    const logs = [
      { reviewedAt: "2024-06-14T18:59:59Z", factId: "yesterday" },
      { reviewedAt: "2024-06-14T19:00:00Z", factId: "today" },
      { reviewedAt: "2024-06-15T00:00:00Z", factId: null },
    ];
    expect([...factsReviewedToday(logs, now, "Asia/Tokyo")]).toEqual(["today"]);
  });
});
