import { describe, expect, it } from "vitest";
import { quizOutcome, studyOutcome, type AttemptFacts } from "./status";

const opensAt = new Date("2026-04-01T00:00:00Z");
const dueAt = new Date("2026-04-08T00:00:00Z");
const day = (n: number) => new Date(opensAt.getTime() + n * 86_400_000);
const attempt = (over: Partial<AttemptFacts>): AttemptFacts => ({ status: "submitted", startedAt: day(1), submittedAt: day(1), score: 3, maxScore: 5, timeSpentMs: 1000, ...over });

describe("quizOutcome", () => {
  it("takes the best submitted attempt and marks late only when all submitted work started after the due date", () => {
    const r = quizOutcome({ now: day(9), opensAt, dueAt, attempts: [attempt({ score: 2 }), attempt({ score: 4, startedAt: day(8) })] });
    expect(r).toMatchObject({ status: "completed", percent: 80, attempts: 2 });
    expect(quizOutcome({ now: day(9), opensAt, dueAt, attempts: [attempt({ startedAt: day(7) })] }).status).toBe("late");
  });
  it("reports in progress, not open, not started and missing", () => {
    expect(quizOutcome({ now: day(1), opensAt, dueAt, attempts: [attempt({ status: "in_progress", score: null })] }).status).toBe("in_progress");
    expect(quizOutcome({ now: day(-1), opensAt, dueAt, attempts: [] }).status).toBe("not_open");
    expect(quizOutcome({ now: day(1), opensAt, dueAt, attempts: [] })).toMatchObject({ status: "not_started", percent: null, best: null });
    expect(quizOutcome({ now: dueAt, opensAt, dueAt, attempts: [] }).status).toBe("missing");
  });
});

describe("studyOutcome", () => {
  const base = { opensAt, dueAt, targetMastery: null, masteredTimes: [], cardCount: 10 };
  it("completes at the Nth review; late when that is after the due date", () => {
    const times = [day(1), day(2), day(3)];
    expect(studyOutcome({ ...base, now: day(3), targetReviews: 3, reviewTimes: times })).toMatchObject({ status: "completed", percent: 100, completedAt: day(3) });
    expect(studyOutcome({ ...base, now: day(9), targetReviews: 3, reviewTimes: [day(1), day(2), day(8)] }).status).toBe("late");
    expect(studyOutcome({ ...base, now: day(2), targetReviews: 4, reviewTimes: times })).toMatchObject({ status: "in_progress", percent: 75, completedAt: null });
    expect(studyOutcome({ ...base, now: day(9), targetReviews: 4, reviewTimes: times }).status).toBe("missing");
  });
  it("mastery: a share of the set's cards", () => {
    const r = studyOutcome({ ...base, now: day(5), targetReviews: null, targetMastery: 0.5, reviewTimes: [], masteredTimes: [day(1), day(2), day(3), day(4), day(5)] });
    expect(r).toMatchObject({ status: "completed", percent: 100, completedAt: day(5) });
    expect(studyOutcome({ ...base, now: day(5), targetReviews: null, targetMastery: 0.5, reviewTimes: [], masteredTimes: [day(1)] }).percent).toBe(20);
  });
});
