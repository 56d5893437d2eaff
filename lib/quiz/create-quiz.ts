// Creates a quiz from a set. Only instructors create quizzes (permission quiz:create); the
// set must be one they may use, and it must be able to supply at least one question.
import crypto from "node:crypto";
import { z } from "zod";
import { singleLine } from "@/lib/validation/fields";
import { can } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { assembleQuiz, QUESTION_KINDS } from "./assemble";
import { findUsableSet, loadQuizCards } from "./cards";
import { fixedQuestionRows } from "./fixed-questions";
import type { Viewer } from "@/lib/auth/viewer";

export const SHOW_ANSWERS = ["after_submit", "after_due", "never"] as const;
export type ShowAnswers = (typeof SHOW_ANSWERS)[number];

export const createQuizSchema = z
  .object({
    title: singleLine(120),
    setId: z.string().min(1).max(64),
    questionCount: z.number().int().min(1).max(200),
    kinds: z.array(z.enum(QUESTION_KINDS)).min(1).max(3),
    timeLimitSec: z.number().int().min(10).max(6 * 3600).nullable().default(null),
    perQuestionSec: z.number().int().min(5).max(3600).nullable().default(null),
    shuffle: z.boolean().default(true),
    attemptsAllowed: z.number().int().min(1).max(100).nullable().default(1),
    showAnswers: z.enum(SHOW_ANSWERS).default("after_submit"),
    /** Learners may move between questions and change answers until submitting (lib/quiz/navigation.ts). */
    allowBack: z.boolean().default(false),
  })
  .strict();
export type CreateQuizInput = z.infer<typeof createQuizSchema>;

export async function createQuiz(db: Db, viewer: Viewer, input: CreateQuizInput) {
  if (!can(viewer.role, "quiz:create")) throw new HttpError(403, "forbidden", "Only instructors create quizzes.");
  // A per-question limit starts when the question is first shown: it needs the fixed order.
  if (input.allowBack && input.perQuestionSec != null) {
    throw new HttpError(400, "invalid_input", "Going back is not possible with a per-question time limit.", { allowBack: ["not_with_per_question_limit"] });
  }
  const set = await findUsableSet(db, input.setId, viewer.id);
  if (!set) throw new HttpError(404, "set_not_found", "No such set.");
  const cards = await loadQuizCards(db, set.id);
  // The questions are fixed now, so the instructor can preview and edit them before assigning
  // (docs/decisions/0015-fixed-quiz-questions.md); attempts re-order them when the quiz shuffles.
  const questions = assembleQuiz({ cards, count: input.questionCount, kinds: input.kinds, shuffle: true, seed: crypto.randomBytes(12).toString("base64url") });
  const available = questions.length;
  if (available === 0) throw new HttpError(422, "no_questions", "This set cannot supply questions of these kinds.");
  return db.$transaction(async (tx) => {
    const quiz = await tx.quiz.create({
      data: {
        title: input.title,
        setId: set.id,
        ownerId: viewer.id,
        questionCount: Math.min(input.questionCount, available),
        kinds: [...new Set(input.kinds)],
        timeLimitSec: input.timeLimitSec,
        perQuestionSec: input.perQuestionSec,
        shuffle: input.shuffle,
        attemptsAllowed: input.attemptsAllowed,
        showAnswers: input.showAnswers,
        allowBack: input.allowBack,
      },
      select: { id: true, title: true, questionCount: true },
    });
    await tx.quizItem.createMany({ data: fixedQuestionRows(quiz.id, questions) });
    return quiz;
  });
}

export function quizKinds(value: unknown): (typeof QUESTION_KINDS)[number][] {
  return Array.isArray(value) ? QUESTION_KINDS.filter((k) => value.includes(k)) : [];
}
