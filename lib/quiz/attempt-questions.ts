// The questions a new attempt gets: the quiz's fixed questions (re-ordered per attempt when it
// shuffles), or — for a quiz made before questions were fixed — a draw from its set.
import type { Db } from "@/lib/db/client";
import { assembleQuiz, type QuizQuestion } from "./assemble";
import { attemptQuestionsFrom } from "./attempt-order";
import { loadQuizCards } from "./cards";
import { quizKinds } from "./create-quiz";
import { readFixedQuestions } from "./fixed-questions";

export async function questionsForAttempt(
  db: Db,
  quiz: { id: string; setId: string; questionCount: number; kinds: unknown; shuffle: boolean },
  seed: string,
): Promise<QuizQuestion[]> {
  const fixed = await readFixedQuestions(db, quiz.id);
  if (fixed.length) return attemptQuestionsFrom(fixed.map((f) => f.question), seed, quiz.shuffle);
  return assembleQuiz({ cards: await loadQuizCards(db, quiz.setId), count: quiz.questionCount, kinds: quizKinds(quiz.kinds), shuffle: quiz.shuffle, seed });
}
