import { describe, expect, it } from "vitest";
import { csvField, gradebookCsv } from "./csv";

describe("gradebook CSV", () => {
  it("quotes, escapes and defuses formulas", () => {
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvField(null)).toBe("");
    expect(csvField(80.5)).toBe("80.5");
  });
  it("writes one row per learner and three columns per assignment", () => {
    const csv = gradebookCsv({
      assignments: [{ id: "a", title: "小テスト", kind: "quiz", dueAt: new Date(0) }],
      learners: [{ id: "u", name: "山田, 花子", email: "h@example.com", cells: [{ assignmentId: "a", userId: "u", status: "late", percent: 60, timeSpentMs: 61_400, attempts: 1, bestAttemptId: "x", late: true, dueAt: new Date(0), extended: false }] }],
    });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toEqual(["learner,email,小テスト score %,小テスト status,小テスト time spent (s)", '"山田, 花子",h@example.com,60,late,61']);
  });
  it("takes its headers and status names from the labels it is given (the UI language)", () => {
    const csv = gradebookCsv(
      {
        assignments: [{ id: "a", title: "小テスト", kind: "quiz", dueAt: new Date(0) }],
        learners: [{ id: "u", name: "花子", email: "h@example.com", cells: [{ assignmentId: "a", userId: "u", status: "missing", percent: null, timeSpentMs: 0, attempts: 0, bestAttemptId: null, late: false, dueAt: new Date(0), extended: false }] }],
      },
      { learner: "受講者", email: "メール", score: (t) => `${t} 得点%`, status: (t) => `${t} 状況`, timeSpent: (t) => `${t} 所要時間（秒）`, statusName: (s) => (s === "missing" ? "未提出" : s) },
    );
    expect(csv.slice(1).trimEnd().split("\r\n")).toEqual(["受講者,メール,小テスト 得点%,小テスト 状況,小テスト 所要時間（秒）", "花子,h@example.com,,未提出,0"]);
  });
});
