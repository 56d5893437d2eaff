import { describe, expect, it } from "vitest";
import type { Cell } from "@/lib/assignments/progress";
import { summarizeColumn } from "./summary";

const cell = (percent: number | null, status: Cell["status"] = "completed"): Cell => ({
  assignmentId: "a", userId: "u", status, percent, timeSpentMs: 0, attempts: 1, bestAttemptId: null, late: status === "late", dueAt: new Date(0), extended: false,
});

describe("summarizeColumn", () => {
  it("mean and median over learners with a score; late and missing counted", () => {
    expect(summarizeColumn([cell(50), cell(100), cell(80, "late"), cell(null, "missing")])).toEqual({ mean: 76.7, median: 80, scored: 3, late: 1, missing: 1 });
    expect(summarizeColumn([cell(40), cell(60)])).toMatchObject({ mean: 50, median: 50 });
    expect(summarizeColumn([cell(null, "not_started")])).toEqual({ mean: null, median: null, scored: 0, late: 0, missing: 0 });
  });
});
