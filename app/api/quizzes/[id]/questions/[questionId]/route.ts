// PATCH /api/quizzes/:id/questions/:questionId — edit a question's text and options.
// DELETE — drop it from the quiz. Attempts already started keep their own copy.
import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { pathParams, route } from "@/lib/http/handler";
import { dropQuizQuestion, editQuizQuestion } from "@/lib/quiz/change-quiz-questions";
import { editQuestionSchema } from "@/lib/quiz/edit-question";

const params = pathParams("id", "questionId");

export const PATCH = route({ auth: "quiz:create", params, body: editQuestionSchema, bodyLimit: 16 * 1024 }, async ({ viewer, params, body }) => {
  return NextResponse.json(await editQuizQuestion(db, viewer, params.id, params.questionId, body));
});

export const DELETE = route({ auth: "quiz:create", params }, async ({ viewer, params }) => {
  return NextResponse.json(await dropQuizQuestion(db, viewer, params.id, params.questionId));
});
