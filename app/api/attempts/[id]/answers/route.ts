// POST /api/attempts/:id/answers — save one answer.
import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { pathParams, route } from "@/lib/http/handler";
import { answerQuestion, answerSchema } from "@/lib/quiz/answer";

export const POST = route({ auth: "quiz:take", params: pathParams("id"), body: answerSchema, bodyLimit: 8 * 1024 }, async ({ viewer, params, body }) => {
  return NextResponse.json(await answerQuestion(db, viewer, params.id, body, new Date()), { status: 201 });
});
