// Instructor preview and editing of a quiz's fixed questions (edit, drop, regenerate), who may
// do it, and that attempts already started or graded keep the questions they were asked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "@/lib/quiz/answer";
import { getAttemptView } from "@/lib/quiz/attempt-view";
import { dropQuizQuestion, editQuizQuestion, fixQuizQuestions, regenerateQuizQuestion } from "@/lib/quiz/change-quiz-questions";
import { createQuiz, createQuizSchema } from "@/lib/quiz/create-quiz";
import { editableOf, editQuestionSchema } from "@/lib/quiz/edit-question";
import { loadQuizPreview } from "@/lib/quiz/load-quiz-preview";
import { startAttempt } from "@/lib/quiz/start-attempt";
import { storedQuestion } from "@/lib/quiz/stored";
import { submitAttempt } from "@/lib/quiz/submit-attempt";
import { seedFixtureSet } from "@/lib/quiz/test-support";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

const T0 = new Date("2026-03-01T10:00:00.000Z");

async function user(db: Db, name: string, role: "learner" | "instructor"): Promise<Viewer> {
  const u = await db.user.create({ data: { name, email: `${name}@example.com`, passwordHash: "x", role } });
  return { id: u.id, role };
}

describe.each(PROVIDERS)("[%s] quiz question preview and editing", (provider) => {
  let t: TestDatabase;
  let teacher: Viewer;
  let stranger: Viewer;
  let learner: Viewer;
  let setId: string;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    teacher = await user(t.db, "teacher", "instructor");
    stranger = await user(t.db, "stranger", "instructor");
    learner = await user(t.db, "learner", "learner");
    setId = (await seedFixtureSet(t.db)).id;
  });
  afterAll(async () => t.drop());

  const make = (kinds: string[] = ["multiple_choice", "ordering", "typed"], questionCount = 5) =>
    createQuiz(t.db, teacher, createQuizSchema.parse({ title: "Q", setId, questionCount, kinds, shuffle: false, attemptsAllowed: null }));
  const items = (quizId: string) => t.db.quizItem.findMany({ where: { quizId }, orderBy: { position: "asc" } });

  it("fixes the questions when the quiz is made, and every attempt gets exactly those", async () => {
    const quiz = await make();
    const preview = await loadQuizPreview(t.db, teacher, quiz.id);
    expect(preview.questions).toHaveLength(5);
    expect(preview.questions.every((q) => q.question.source.quote.length > 0 && q.question.answer)).toBe(true);
    const { attemptId } = await startAttempt(t.db, teacher, { quizId: quiz.id }, T0);
    const asked = await t.db.attemptQuestion.findMany({ where: { attemptId }, orderBy: { position: "asc" } });
    expect(asked.map((a) => a.questionId)).toEqual(preview.questions.map((q) => q.questionId));
  });

  it("edits a multiple-choice question: a new id, the new text for new attempts, and a graded attempt unchanged", async () => {
    const quiz = await make(["multiple_choice"], 3);
    // A graded attempt before the edit.
    const first = await startAttempt(t.db, teacher, { quizId: quiz.id }, T0);
    for (let shown = await getAttemptView(t.db, teacher, first.attemptId, T0); shown.question; shown = await getAttemptView(t.db, teacher, first.attemptId, T0)) {
      const row = await t.db.attemptQuestion.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: first.attemptId, questionId: shown.question.id } } });
      await answerQuestion(t.db, teacher, first.attemptId, { questionId: row.questionId, answer: storedQuestion(row.question).answer }, T0);
    }
    await submitAttempt(t.db, teacher, first.attemptId, T0);
    const graded = await t.db.quizAttempt.findUniqueOrThrow({ where: { id: first.attemptId }, include: { questions: true } });

    const [target] = await items(quiz.id);
    const q = storedQuestion(target!.question);
    const options = [...q.options!.filter((o) => o !== q.answer).slice(0, 2), "新しい正解"];
    const input = editQuestionSchema.parse({ kind: "multiple_choice", prompt: "書き直した問い", options, answer: "新しい正解" });
    const { question } = await editQuizQuestion(t.db, teacher, quiz.id, target!.questionId, input);
    expect(question.id).not.toBe(target!.questionId);

    const after = await items(quiz.id);
    expect(after).toHaveLength(3);
    expect(after[0]).toMatchObject({ questionId: question.id, position: 0 });
    expect(after[0]!.editedAt).not.toBeNull();
    expect(storedQuestion(after[0]!.question)).toMatchObject({ prompt: "書き直した問い", options, answer: "新しい正解" });

    // The graded attempt: the same questions, answers and score as before.
    const stillGraded = await t.db.quizAttempt.findUniqueOrThrow({ where: { id: first.attemptId }, include: { questions: true } });
    expect(stillGraded).toEqual(graded);
    expect(stillGraded.score).toBe(3);

    // The next attempt asks the edited question.
    const second = await startAttempt(t.db, teacher, { quizId: quiz.id }, new Date(T0.getTime() + 60_000));
    const secondRows = await t.db.attemptQuestion.findMany({ where: { attemptId: second.attemptId } });
    expect(secondRows.map((r) => storedQuestion(r.question).prompt)).toContain("書き直した問い");

    // Editing the old id again (another tab): 409, nothing changes.
    await expect(editQuizQuestion(t.db, teacher, quiz.id, target!.questionId, input)).rejects.toMatchObject({ status: 409, code: "question_changed" });
    expect(await items(quiz.id)).toEqual(after);
  });

  it("refuses bad edits at the boundary (right answer not an option) and a change of kind, changing nothing", async () => {
    const quiz = await make(["multiple_choice"], 2);
    const before = await items(quiz.id);
    const q = storedQuestion(before[0]!.question);
    const bad = editQuestionSchema.safeParse({ kind: "multiple_choice", prompt: "x", options: q.options, answer: "どれでもない" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]).toMatchObject({ path: ["answer"], message: "answer_not_an_option" });
    await expect(
      editQuizQuestion(t.db, teacher, quiz.id, before[0]!.questionId, { kind: "ordering", prompt: "x", items: ["a", "b"] }),
    ).rejects.toMatchObject({ status: 400, code: "kind_mismatch" });
    // An edit that changes nothing keeps the question as it was.
    await editQuizQuestion(t.db, teacher, quiz.id, before[0]!.questionId, editableOf(q));
    expect(await items(quiz.id)).toEqual(before);
  });

  it("drops a question (the count follows) but never the last one", async () => {
    const quiz = await make(["multiple_choice", "typed"], 2);
    const [a, b] = await items(quiz.id);
    expect(await dropQuizQuestion(t.db, teacher, quiz.id, a!.questionId)).toEqual({ questions: 1 });
    expect((await t.db.quiz.findUniqueOrThrow({ where: { id: quiz.id } })).questionCount).toBe(1);
    await expect(dropQuizQuestion(t.db, teacher, quiz.id, b!.questionId)).rejects.toMatchObject({ status: 409, code: "last_question" });
    expect((await items(quiz.id)).map((i) => i.questionId)).toEqual([b!.questionId]);
  });

  it("regenerates a question from another card of the set, of the same kind, not already in the quiz", async () => {
    const quiz = await make(["multiple_choice", "typed"], 4);
    const before = await items(quiz.id);
    const target = before[1]!;
    const { question } = await regenerateQuizQuestion(t.db, teacher, quiz.id, target.questionId);
    expect(before.map((i) => i.cardId)).not.toContain(question.cardKey);
    expect(question.kind).toBe(storedQuestion(target.question).kind);
    const after = await items(quiz.id);
    expect(after.map((i) => i.questionId)).toEqual(before.map((i) => (i.questionId === target.questionId ? question.id : i.questionId)));
    expect(after[1]!.editedAt).toBeNull();
  });

  it("lets only the quiz's author and the instructors of classes it is assigned in see and change it", async () => {
    const quiz = await make(["multiple_choice"], 2);
    const [first] = await items(quiz.id);
    const id = first!.questionId;
    await expect(loadQuizPreview(t.db, learner, quiz.id)).rejects.toMatchObject({ status: 403 });
    await expect(dropQuizQuestion(t.db, learner, quiz.id, id)).rejects.toMatchObject({ status: 403 });
    await expect(loadQuizPreview(t.db, stranger, quiz.id)).rejects.toMatchObject({ status: 404, code: "quiz_not_found" });
    await expect(dropQuizQuestion(t.db, stranger, quiz.id, id)).rejects.toMatchObject({ status: 404 });
    await expect(regenerateQuizQuestion(t.db, stranger, quiz.id, id)).rejects.toMatchObject({ status: 404 });
    const q = storedQuestion(first!.question);
    await expect(editQuizQuestion(t.db, stranger, quiz.id, id, editQuestionSchema.parse({ ...editableOf(q), prompt: "乗っ取り" }))).rejects.toMatchObject({ status: 404 });
    expect(await items(quiz.id)).toHaveLength(2);
    expect(storedQuestion((await items(quiz.id))[0]!.question).prompt).toBe(q.prompt);

    // Once the quiz is assigned in the stranger's class, they instruct it and may change it.
    const cls = await t.db.class.create({ data: { name: "C", ownerId: stranger.id, joinCode: `JC${provider}` } });
    await t.db.assignment.create({ data: { classId: cls.id, kind: "quiz", title: "A", quizId: quiz.id, opensAt: T0, dueAt: new Date(T0.getTime() + 86_400_000) } });
    expect((await loadQuizPreview(t.db, stranger, quiz.id)).questions).toHaveLength(2);
    expect(await dropQuizQuestion(t.db, stranger, quiz.id, id)).toEqual({ questions: 1 });
  });

  it("fixes the questions of an older quiz that drew them per attempt, once", async () => {
    const legacy = await t.db.quiz.create({ data: { title: "old", setId, ownerId: teacher.id, questionCount: 3, kinds: ["multiple_choice"] } });
    expect((await loadQuizPreview(t.db, teacher, legacy.id)).questions).toHaveLength(0);
    expect(await fixQuizQuestions(t.db, teacher, legacy.id)).toEqual({ questions: 3 });
    expect(await items(legacy.id)).toHaveLength(3);
    await expect(fixQuizQuestions(t.db, teacher, legacy.id)).rejects.toMatchObject({ status: 409, code: "already_fixed" });
  });
});
