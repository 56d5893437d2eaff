// Instructor changes to a quiz's fixed questions: fix the questions of an older quiz (which drew
// them per attempt), edit one, drop one, replace one by another card of the set.
//
// Attempts copy their questions when they start (AttemptQuestion.question), so none of this
// reaches an attempt already started or graded; an edited or replaced question has a new id, so
// item analysis keeps the versions apart (docs/decisions/0015-fixed-quiz-questions.md).
// Each change is one transaction that re-reads the question it changes: a question changed or
// dropped meanwhile (another tab) is a 409, never a lost edit.
import crypto from "node:crypto";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db, DbTx } from "@/lib/db/client";
import { toJson } from "@/lib/db/json";
import { HttpError } from "@/lib/http/errors";
import { assembleQuiz, type QuizQuestion } from "./assemble";
import { applyQuestionEdit } from "./apply-question-edit";
import { loadQuizCards } from "./cards";
import { quizKinds } from "./create-quiz";
import type { EditQuestionInput } from "./edit-question";
import { fixedQuestionRows, readFixedQuestions } from "./fixed-questions";
import { pickReplacement } from "./pick-replacement";
import { requireQuizEditor } from "./quiz-editor";

const questionGone = () => new HttpError(409, "question_changed", "This question was changed or removed meanwhile.");

async function itemOrConflict(tx: DbTx, quizId: string, questionId: string) {
  const all = await readFixedQuestions(tx, quizId);
  const item = all.find((q) => q.questionId === questionId);
  if (!item) throw questionGone();
  return { all, item };
}

async function replaceItem(tx: DbTx, quizId: string, oldId: string, position: number, question: QuizQuestion, edited: Date | null) {
  if (question.id !== oldId && (await tx.quizItem.count({ where: { quizId, questionId: question.id } }))) {
    throw new HttpError(409, "duplicate", "The quiz already has this question.");
  }
  await tx.quizItem.delete({ where: { quizId_questionId: { quizId, questionId: oldId } } });
  await tx.quizItem.create({ data: { quizId, questionId: question.id, position, question: toJson(question), cardId: question.cardKey, editedAt: edited } });
  await tx.quiz.update({ where: { id: quizId }, data: { updatedAt: new Date() } });
}

/** Fixes the questions of a quiz that drew them per attempt, so they can be previewed and edited. */
export async function fixQuizQuestions(db: Db, viewer: Viewer, quizId: string) {
  const quiz = await requireQuizEditor(db, viewer, quizId);
  const questions = assembleQuiz({
    cards: await loadQuizCards(db, quiz.setId),
    count: quiz.questionCount,
    kinds: quizKinds(quiz.kinds),
    shuffle: true,
    seed: crypto.randomBytes(12).toString("base64url"),
  });
  if (questions.length === 0) throw new HttpError(422, "no_questions", "This quiz has no questions left.");
  return db.$transaction(async (tx) => {
    if (await tx.quizItem.count({ where: { quizId } })) throw new HttpError(409, "already_fixed", "This quiz's questions are fixed already.");
    await tx.quizItem.createMany({ data: fixedQuestionRows(quizId, questions) });
    await tx.quiz.update({ where: { id: quizId }, data: { questionCount: questions.length } });
    return { questions: questions.length };
  });
}

export async function editQuizQuestion(db: Db, viewer: Viewer, quizId: string, questionId: string, input: EditQuestionInput) {
  await requireQuizEditor(db, viewer, quizId);
  return db.$transaction(async (tx) => {
    const { item } = await itemOrConflict(tx, quizId, questionId);
    const edited = applyQuestionEdit(item.question, input);
    if (!edited) throw new HttpError(400, "kind_mismatch", "A question's kind cannot be changed.");
    if (edited.id === questionId) return { question: edited };
    await replaceItem(tx, quizId, questionId, item.position, edited, new Date());
    return { question: edited };
  });
}

export async function dropQuizQuestion(db: Db, viewer: Viewer, quizId: string, questionId: string) {
  await requireQuizEditor(db, viewer, quizId);
  return db.$transaction(async (tx) => {
    const { all } = await itemOrConflict(tx, quizId, questionId);
    if (all.length <= 1) throw new HttpError(409, "last_question", "A quiz keeps at least one question.");
    await tx.quizItem.delete({ where: { quizId_questionId: { quizId, questionId } } });
    await tx.quiz.update({ where: { id: quizId }, data: { questionCount: all.length - 1 } });
    return { questions: all.length - 1 };
  });
}

export async function regenerateQuizQuestion(db: Db, viewer: Viewer, quizId: string, questionId: string) {
  const quiz = await requireQuizEditor(db, viewer, quizId);
  // The set is read before the transaction (a big set is CPU work; SQLite holds writes meanwhile).
  const cards = await loadQuizCards(db, quiz.setId);
  return db.$transaction(async (tx) => {
    const { all, item } = await itemOrConflict(tx, quizId, questionId);
    const question = pickReplacement({
      cards,
      questions: all.map((q) => q.question),
      replacing: questionId,
      kinds: quizKinds(quiz.kinds),
      seed: crypto.randomBytes(12).toString("base64url"),
    });
    if (!question) throw new HttpError(409, "no_replacement", "The set has no other card that fits this quiz.");
    await replaceItem(tx, quizId, questionId, item.position, question, null);
    return { question };
  });
}
