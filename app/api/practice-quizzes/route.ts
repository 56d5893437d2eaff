// POST /api/practice-quizzes — a learner makes a practice quiz from a set they can study and starts it.
import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { route } from "@/lib/http/handler";
import { createPracticeQuiz, createPracticeQuizSchema } from "@/lib/quiz/create-practice-quiz";
import { startAttempt } from "@/lib/quiz/start-attempt";

export const POST = route({ auth: "quiz:practice", body: createPracticeQuizSchema, bodyLimit: 2 * 1024 }, async ({ viewer, body }) => {
  const quiz = await createPracticeQuiz(db, viewer, body);
  const { attemptId } = await startAttempt(db, viewer, { quizId: quiz.id }, new Date());
  return NextResponse.json({ quiz, attemptId }, { status: 201 });
});
