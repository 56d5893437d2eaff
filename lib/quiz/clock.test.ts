import { describe, expect, it } from "vitest";
import {
  attemptDeadline,
  canAnswer,
  canStartAttempt,
  isExpired,
  needsAutoSubmit,
  questionDeadline,
  remainingMs,
  timeSpentMs,
} from "./clock";

const start = new Date("2024-06-01T10:00:00.000Z");
const plus = (ms: number) => new Date(start.getTime() + ms);

describe("attemptDeadline", () => {
  it("is start + limit, or the assignment due date if earlier", () => {
    expect(attemptDeadline({ startedAt: start, quizLimitSec: 600 })).toEqual(plus(600_000));
    expect(attemptDeadline({ startedAt: start, quizLimitSec: 600, assignmentDueAt: plus(60_000) })).toEqual(plus(60_000));
    expect(attemptDeadline({ startedAt: start, quizLimitSec: 600, assignmentDueAt: plus(3_600_000) })).toEqual(plus(600_000));
    expect(attemptDeadline({ startedAt: start, assignmentDueAt: plus(5_000) })).toEqual(plus(5_000));
  });

  it("is null when untimed and rejects nonsense limits", () => {
    expect(attemptDeadline({ startedAt: start })).toBeNull();
    expect(attemptDeadline({ startedAt: start, quizLimitSec: null, assignmentDueAt: null })).toBeNull();
    expect(() => attemptDeadline({ startedAt: start, quizLimitSec: 0 })).toThrow(RangeError);
    expect(() => attemptDeadline({ startedAt: start, quizLimitSec: Number.NaN })).toThrow(RangeError);
    expect(() => attemptDeadline({ startedAt: new Date("nope"), quizLimitSec: 60 })).toThrow(RangeError);
  });

  it("with only a per-question limit is start + questions × limit, capped by the due date", () => {
    expect(attemptDeadline({ startedAt: start, perQuestionLimitSec: 10, questionCount: 5 })).toEqual(plus(50_000));
    expect(attemptDeadline({ startedAt: start, perQuestionLimitSec: 10, questionCount: 5, assignmentDueAt: plus(20_000) })).toEqual(plus(20_000));
    // A quiz limit wins over the per-question sum.
    expect(attemptDeadline({ startedAt: start, quizLimitSec: 600, perQuestionLimitSec: 10, questionCount: 5 })).toEqual(plus(600_000));
    expect(() => attemptDeadline({ startedAt: start, perQuestionLimitSec: 10, questionCount: 0 })).toThrow(RangeError);
    expect(() => attemptDeadline({ startedAt: start, perQuestionLimitSec: 0, questionCount: 3 })).toThrow(RangeError);
  });
});

describe("questionDeadline", () => {
  it("is the earlier of the per-question limit and the attempt deadline", () => {
    const attempt = plus(600_000);
    expect(questionDeadline({ firstShownAt: plus(10_000), perQuestionLimitSec: 30, attemptDeadline: attempt })).toEqual(plus(40_000));
    expect(questionDeadline({ firstShownAt: plus(590_000), perQuestionLimitSec: 30, attemptDeadline: attempt })).toEqual(attempt);
    expect(questionDeadline({ firstShownAt: plus(0), attemptDeadline: null })).toBeNull();
  });
});

describe("remaining time and expiry", () => {
  const deadline = plus(60_000);
  it("counts down to zero, never negative", () => {
    expect(remainingMs(plus(0), deadline)).toBe(60_000);
    expect(remainingMs(plus(59_999), deadline)).toBe(1);
    expect(remainingMs(plus(120_000), deadline)).toBe(0);
    expect(remainingMs(plus(0), null)).toBeNull();
  });

  it("is expired exactly at the deadline", () => {
    expect(isExpired(plus(59_999), deadline)).toBe(false);
    expect(isExpired(deadline, deadline)).toBe(true);
    expect(isExpired(plus(1e12), null)).toBe(false);
  });

  it("a resumed attempt shows the same remaining time as the first tab", () => {
    const stored = attemptDeadline({ startedAt: start, quizLimitSec: 300 });
    const firstTab = remainingMs(plus(100_000), stored);
    const reloaded = remainingMs(plus(100_000), attemptDeadline({ startedAt: start, quizLimitSec: 300 }));
    expect(reloaded).toBe(firstTab);
    expect(firstTab).toBe(200_000);
  });
});

describe("canAnswer", () => {
  const deadline = plus(60_000);
  it("accepts an answer one millisecond before the deadline", () => {
    expect(canAnswer({ now: plus(59_999), deadline, alreadyAnswered: false })).toEqual({ ok: true, remainingMs: 1 });
  });

  it("refuses an answer exactly at the deadline", () => {
    expect(canAnswer({ now: deadline, deadline, alreadyAnswered: false })).toEqual({ ok: false, reason: "expired", scope: "attempt" });
  });

  it("refuses after the question's own deadline", () => {
    const q = plus(30_000);
    expect(canAnswer({ now: q, deadline, questionDeadline: q, alreadyAnswered: false })).toEqual({
      ok: false,
      reason: "expired",
      scope: "question",
    });
    expect(canAnswer({ now: plus(10_000), deadline, questionDeadline: q, alreadyAnswered: false })).toEqual({ ok: true, remainingMs: 20_000 });
  });

  it("refuses a second answer and a question not in the attempt, in that precedence", () => {
    expect(canAnswer({ now: plus(0), deadline, alreadyAnswered: true })).toEqual({ ok: false, reason: "already_answered" });
    expect(canAnswer({ now: plus(0), deadline, alreadyAnswered: true, inAttempt: false })).toEqual({ ok: false, reason: "not_in_attempt" });
    expect(canAnswer({ now: plus(90_000), deadline, alreadyAnswered: true })).toEqual({ ok: false, reason: "already_answered" });
  });

  it("refuses answers to a submitted attempt", () => {
    expect(canAnswer({ now: plus(0), deadline, alreadyAnswered: false, submittedAt: plus(0) })).toEqual({ ok: false, reason: "attempt_closed" });
  });

  it("untimed attempts accept answers with no remaining time reported", () => {
    expect(canAnswer({ now: plus(1e9), deadline: null, alreadyAnswered: false })).toEqual({ ok: true, remainingMs: null });
  });
});

describe("starting and closing attempts", () => {
  it("checks window and attempts allowed", () => {
    const opensAt = plus(0);
    const dueAt = plus(3_600_000);
    expect(canStartAttempt({ now: plus(-1), opensAt, dueAt, attemptsUsed: 0 })).toEqual({ ok: false, reason: "not_open" });
    expect(canStartAttempt({ now: plus(10), opensAt, dueAt, attemptsUsed: 0, attemptsAllowed: 1 })).toEqual({ ok: true, late: false });
    expect(canStartAttempt({ now: plus(10), opensAt, dueAt, attemptsUsed: 1, attemptsAllowed: 1 })).toEqual({ ok: false, reason: "no_attempts_left" });
    expect(canStartAttempt({ now: dueAt, opensAt, dueAt, attemptsUsed: 0 })).toEqual({ ok: false, reason: "closed" });
    expect(canStartAttempt({ now: dueAt, opensAt, dueAt, attemptsUsed: 0, allowLate: true })).toEqual({ ok: true, late: true });
  });

  it("time spent stops at the deadline; expired unsubmitted attempts need auto-submit", () => {
    const deadline = plus(60_000);
    expect(timeSpentMs({ startedAt: start, now: plus(90_000), deadline })).toBe(60_000);
    expect(timeSpentMs({ startedAt: start, submittedAt: plus(20_000), now: plus(90_000), deadline })).toBe(20_000);
    expect(needsAutoSubmit({ now: deadline, deadline })).toBe(true);
    expect(needsAutoSubmit({ now: deadline, deadline, submittedAt: plus(1) })).toBe(false);
    expect(needsAutoSubmit({ now: plus(1), deadline })).toBe(false);
  });
});
