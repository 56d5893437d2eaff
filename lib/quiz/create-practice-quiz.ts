// A learner's own practice quiz (Quizlet's Test mode) from any set they can study: their
// choice of question count, kinds and an optional time limit. It is a quiz owned by the
// learner and marked practice: taken outside any assignment (so never in a gradebook, item
// analysis or assignment stats), as often as they like, with free navigation and the right
// answers and sources shown after each attempt. Assembly and attempts are the quiz's own code.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { visibleSetWhere } from "@/lib/sets/visibility";
import type { Viewer } from "@/lib/auth/viewer";
import { assembleQuiz, QUESTION_KINDS } from "./assemble";
import { loadQuizCards } from "./cards";

export const createPracticeQuizSchema = z
  .object({
    setId: z.string().min(1).max(64),
    questionCount: z.number().int().min(1).max(100),
    kinds: z.array(z.enum(QUESTION_KINDS)).min(1).max(3),
    /** null: untimed. */
    timeLimitSec: z.number().int().min(60).max(3 * 3600).nullable().default(null),
  })
  .strict();
export type CreatePracticeQuizInput = z.infer<typeof createPracticeQuizSchema>;

/** The settings every practice quiz has: as many attempts as wanted, answers after each, going back allowed. */
export const PRACTICE_SETTINGS = { practice: true, allowBack: true, attemptsAllowed: null, showAnswers: "after_submit", shuffle: true, perQuestionSec: null } as const;

export async function createPracticeQuiz(db: Db, viewer: Viewer, input: CreatePracticeQuizInput) {
  const set = await db.cardSet.findFirst({ where: { AND: [{ id: input.setId }, visibleSetWhere(viewer.id)] }, select: { id: true, title: true } });
  if (!set) throw new HttpError(404, "set_not_found", "No such set.");
  const cards = await loadQuizCards(db, set.id);
  const available = assembleQuiz({ cards, count: input.questionCount, kinds: input.kinds, shuffle: false, seed: "probe" }).length;
  if (available === 0) throw new HttpError(422, "no_questions", "This set cannot supply questions of these kinds.");
  return db.quiz.create({
    data: {
      ...PRACTICE_SETTINGS,
      title: set.title,
      setId: set.id,
      ownerId: viewer.id,
      questionCount: Math.min(input.questionCount, available),
      kinds: [...new Set(input.kinds)],
      timeLimitSec: input.timeLimitSec,
    },
    select: { id: true, title: true, questionCount: true },
  });
}
