// POST /api/quizzes — an instructor creates a quiz from a set.
import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { route } from "@/lib/http/handler";
import { createQuiz, createQuizSchema } from "@/lib/quiz/create-quiz";

export const POST = route({ auth: "quiz:create", body: createQuizSchema, bodyLimit: 8 * 1024 }, async ({ viewer, body }) => {
  return NextResponse.json({ quiz: await createQuiz(db, viewer, body) }, { status: 201 });
});
