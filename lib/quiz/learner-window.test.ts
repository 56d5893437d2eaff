import { describe, expect, it } from "vitest";
import { answersReleased, canStillAttempt, learnerWindow } from "./learner-window";

const opensAt = new Date("2026-04-01T00:00:00Z");
const dueAt = new Date("2026-04-08T00:00:00Z");
const h = (n: number) => new Date(dueAt.getTime() + n * 3_600_000);
const used = (n: number, allowed: number | null = 2, open = false) => ({ attemptsUsed: n, attemptsAllowed: allowed, hasOpenAttempt: open });

describe("learnerWindow", () => {
  it("an extension replaces the due date; a late limit before it no longer applies", () => {
    expect(learnerWindow({ opensAt, dueAt, lateUntil: h(24) }, null)).toMatchObject({ dueAt, lateUntil: h(24), extended: false });
    expect(learnerWindow({ opensAt, dueAt, lateUntil: h(24) }, h(48))).toMatchObject({ dueAt: h(48), lateUntil: null, extended: true });
    expect(learnerWindow({ opensAt, dueAt, lateUntil: h(72) }, h(48)).lateUntil).toEqual(h(72));
  });
});

describe("canStillAttempt", () => {
  const w = learnerWindow({ opensAt, dueAt, lateUntil: h(24) }, null);
  it("true before the late limit with attempts left, or with an open attempt", () => {
    expect(canStillAttempt(w, used(1), h(1))).toBe(true);
    expect(canStillAttempt(w, used(1), h(24))).toBe(false);
    expect(canStillAttempt(w, used(2), h(-1))).toBe(false);
    expect(canStillAttempt(w, used(2, 2, true), h(-1))).toBe(true);
    expect(canStillAttempt(learnerWindow({ opensAt, dueAt, lateUntil: null }, null), used(1), h(0))).toBe(false);
  });
});

describe("answersReleased", () => {
  const w = learnerWindow({ opensAt, dueAt, lateUntil: h(24) }, null);
  it("never while the learner can still attempt; staff always; never means never", () => {
    expect(answersReleased({ policy: "after_due", staff: false, now: h(1), assignment: { window: w, attempts: used(1) } })).toBe(false);
    expect(answersReleased({ policy: "after_due", staff: false, now: h(24), assignment: { window: w, attempts: used(1) } })).toBe(true);
    expect(answersReleased({ policy: "after_due", staff: false, now: h(-1), assignment: { window: w, attempts: used(2) } })).toBe(false);
    expect(answersReleased({ policy: "after_submit", staff: false, now: h(-1), assignment: { window: w, attempts: used(2) } })).toBe(true);
    expect(answersReleased({ policy: "never", staff: false, now: h(99), assignment: { window: w, attempts: used(2) } })).toBe(false);
    expect(answersReleased({ policy: "never", staff: true, now: h(-1), assignment: { window: w, attempts: used(1) } })).toBe(true);
    expect(answersReleased({ policy: "after_due", staff: false, now: h(-1), assignment: null })).toBe(true);
  });
});
