// POST /api/quizzes — an instructor creates a quiz from a set.
import { NextResponse } from "next/server";
import { apiTokenUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/handler";
import { createQuiz, createQuizSchema } from "@/lib/quiz/create-quiz";

export const POST = route(async (req) => {
  const viewer = await apiTokenUser(req, "quiz:create");
  const input = await readJson(req, createQuizSchema, 8 * 1024);
  return NextResponse.json({ quiz: await createQuiz(db, viewer, input) }, { status: 201 });
});
