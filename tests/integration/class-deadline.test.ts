// A class submitting at once (issue 12): 40 learners start a timed quiz assignment together
// and answer concurrently while the deadline passes, their reads settling attempts meanwhile.
// Every answer given before the deadline that the server accepted is stored and scored; none
// given at or after it is taken.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssignment, createAssignmentSchema } from "@/lib/assignments/create-assignment";
import { createClass } from "@/lib/classes/create-class";
import { joinClass } from "@/lib/classes/join-class";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { answerQuestion } from "@/lib/quiz/answer";
import { getAttemptView } from "@/lib/quiz/attempt-view";
import { createQuiz, createQuizSchema } from "@/lib/quiz/create-quiz";
import { startAttempt } from "@/lib/quiz/start-attempt";
import { storedQuestion } from "@/lib/quiz/stored";
import { seedFixtureSet } from "@/lib/quiz/test-support";
import type { Viewer } from "@/lib/auth/viewer";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

const LEARNERS = 40;
const QUESTIONS = 8;
const LIMIT_SEC = 60;
const T0 = new Date("2026-03-02T09:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

async function user(db: Db, name: string, role: "learner" | "instructor"): Promise<Viewer> {
  const u = await db.user.create({ data: { name, email: `${name}@example.com`, passwordHash: "x", role } });
  return { id: u.id, role };
}

async function rightAnswer(db: Db, attemptId: string, questionId: string) {
  const row = await db.attemptQuestion.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId } } });
  const q = storedQuestion(row.question);
  return q.kind === "typed" ? (q.accepted?.[0] ?? (q.answer as string)) : q.answer;
}

describe.each(PROVIDERS)("[%s] a class submitting a timed quiz at once", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(provider);
  });
  afterAll(async () => t.drop());

  it("keeps every answer accepted before the deadline and takes none after it", async () => {
    const teacher = await user(t.db, "class-teacher", "instructor");
    const setId = (await seedFixtureSet(t.db)).id;
    const quiz = await createQuiz(t.db, teacher, createQuizSchema.parse({ title: "Timed", setId, questionCount: QUESTIONS, kinds: ["multiple_choice", "ordering", "typed"], timeLimitSec: LIMIT_SEC }));
    const cls = await createClass(t.db, teacher, { name: "Class" });
    const assignment = await createAssignment(
      t.db,
      teacher,
      cls.id,
      createAssignmentSchema.parse({ title: "Timed", kind: "quiz", quizId: quiz.id, opensAt: at(-60_000).toISOString(), dueAt: at(86_400_000).toISOString(), timeLimitSec: LIMIT_SEC }),
    );
    const learners = await Promise.all(Array.from({ length: LEARNERS }, (_, i) => user(t.db, `class-learner-${i}`, "learner")));
    await Promise.all(learners.map((l) => joinClass(t.db, l, cls.joinCode)));

    // Everyone starts at once.
    const attempts = await Promise.all(learners.map((l) => startAttempt(t.db, l, { quizId: quiz.id, assignmentId: assignment.id }, T0)));
    expect(new Set(attempts.map((a) => a.attemptId)).size).toBe(LEARNERS);

    // Each learner is shown question k at k × 9 s plus their own offset (0–39 × 50 ms) and
    // answers it 5 s later, so the deadline (60 s) passes in the middle of the run: question 6
    // is shown to everyone before it, and answered before it by half the class and after it by
    // the other half. A second tab reads the attempt at the moment of each answer (past the
    // deadline, that read settles the attempt).
    const log: { learner: number; attemptId: string; questionId: string; at: Date; accepted: boolean; code?: string }[] = [];
    await Promise.all(
      learners.map(async (l, i) => {
        const { attemptId } = attempts[i]!;
        for (let k = 0; k < QUESTIONS; k++) {
          const shown = at(k * 9_000 + i * 50);
          const now = new Date(shown.getTime() + 5_000);
          const view = await getAttemptView(t.db, l, attemptId, shown);
          if (!view.question) break;
          const questionId = view.question.id;
          const answer = await rightAnswer(t.db, attemptId, questionId);
          const [result] = await Promise.allSettled([
            answerQuestion(t.db, l, attemptId, { questionId, answer }, now),
            getAttemptView(t.db, l, attemptId, now),
          ]);
          if (result.status === "fulfilled") log.push({ learner: i, attemptId, questionId, at: now, accepted: true });
          else {
            if (!(result.reason instanceof HttpError)) throw result.reason;
            log.push({ learner: i, attemptId, questionId, at: now, accepted: false, code: (result.reason as HttpError).code });
          }
        }
      }),
    );

    const deadline = at(LIMIT_SEC * 1000);
    // A quiz holds one question per fact, so a short quiz can be finished before the deadline;
    // each learner's page is read once after it, as a reload would, and that read settles the attempt.
    await Promise.all(learners.map((l, i) => getAttemptView(t.db, l, attempts[i]!.attemptId, at(LIMIT_SEC * 1000 + 1_000))));
    const accepted = log.filter((e) => e.accepted);
    const refused = log.filter((e) => !e.accepted);
    // The run really crossed the deadline: answers on both sides of it.
    expect(accepted.some((e) => e.at.getTime() >= deadline.getTime() - 1_000)).toBe(true);
    expect(refused.length).toBeGreaterThan(0);
    // None taken at or after the deadline; every refusal is for time (or the attempt it closed).
    expect(accepted.every((e) => e.at < deadline)).toBe(true);
    expect(refused.every((e) => e.at >= deadline && ["expired", "attempt_closed"].includes(e.code!))).toBe(true);
    // Before the deadline, nothing was refused.
    expect(log.filter((e) => e.at < deadline).every((e) => e.accepted)).toBe(true);

    // And what is stored is exactly what was accepted: none lost, none extra; every attempt
    // closed by the server at its deadline with the score of its stored answers.
    const stored = await t.db.attemptQuestion.findMany({ where: { attemptId: { in: attempts.map((a) => a.attemptId) }, answeredAt: { not: null } }, select: { attemptId: true, questionId: true, answeredAt: true, score: true } });
    expect(stored.map((s) => `${s.attemptId}/${s.questionId}`).sort()).toEqual(accepted.map((e) => `${e.attemptId}/${e.questionId}`).sort());
    expect(stored.every((s) => s.answeredAt! < deadline)).toBe(true);
    const closed = await t.db.quizAttempt.findMany({ where: { id: { in: attempts.map((a) => a.attemptId) } }, select: { id: true, status: true, submittedAt: true, autoSubmitted: true, score: true } });
    for (const a of closed) {
      expect(a).toMatchObject({ status: "submitted", autoSubmitted: true, submittedAt: deadline });
      expect(a.score).toBeCloseTo(stored.filter((s) => s.attemptId === a.id).reduce((sum, s) => sum + (s.score ?? 0), 0), 9);
    }
  });
});
