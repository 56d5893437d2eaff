// POST /api/quizzes/:id/questions — fix the questions of an older quiz (drawn per attempt until now).
import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { pathParams, route } from "@/lib/http/handler";
import { fixQuizQuestions } from "@/lib/quiz/change-quiz-questions";

export const POST = route({ auth: "quiz:create", params: pathParams("id") }, async ({ viewer, params }) => {
  return NextResponse.json(await fixQuizQuestions(db, viewer, params.id), { status: 201 });
});
