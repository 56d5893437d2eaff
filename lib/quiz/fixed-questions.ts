// A quiz's fixed questions (QuizItem rows), read back in order.
import type { Db, DbTx } from "@/lib/db/client";
import { toJson } from "@/lib/db/json";
import { storedQuestion } from "./stored";
import type { QuizQuestion } from "./assemble";

export interface FixedQuestion {
  questionId: string;
  position: number;
  question: QuizQuestion;
  edited: boolean;
}

export async function readFixedQuestions(client: Db | DbTx, quizId: string): Promise<FixedQuestion[]> {
  const rows = await client.quizItem.findMany({ where: { quizId }, orderBy: [{ position: "asc" }, { questionId: "asc" }] });
  return rows.map((r) => ({ questionId: r.questionId, position: r.position, question: storedQuestion(r.question), edited: r.editedAt !== null }));
}

/** Rows for a quiz's questions, numbered in order. */
export function fixedQuestionRows(quizId: string, questions: readonly QuizQuestion[]) {
  return questions.map((q, position) => ({ quizId, questionId: q.id, position, question: toJson(q), cardId: q.cardKey }));
}
