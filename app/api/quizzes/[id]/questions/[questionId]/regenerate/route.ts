// POST /api/quizzes/:id/questions/:questionId/regenerate — replace the question by another card of the set.
import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { pathParams, route } from "@/lib/http/handler";
import { regenerateQuizQuestion } from "@/lib/quiz/change-quiz-questions";

export const POST = route({ auth: "quiz:create", params: pathParams("id", "questionId") }, async ({ viewer, params }) => {
  return NextResponse.json(await regenerateQuizQuestion(db, viewer, params.id, params.questionId));
});
