// POST /api/attempts/:id/answers — save one answer (the hot path: JWT only, two queries).
import { NextResponse } from "next/server";
import { apiTokenUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/handler";
import { answerQuestion, answerSchema } from "@/lib/quiz/answer";

export const POST = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const viewer = await apiTokenUser(req, "quiz:take");
  const { id } = await ctx.params;
  const input = await readJson(req, answerSchema, 8 * 1024);
  return NextResponse.json(await answerQuestion(db, viewer, id, input, new Date()), { status: 201 });
});
