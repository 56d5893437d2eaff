// POST /api/quizzes/:id/attempts — start an attempt, or resume the one in progress.
import { NextResponse } from "next/server";
import { z } from "zod";
import { apiTokenUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/handler";
import { startAttempt } from "@/lib/quiz/start-attempt";

const schema = z.object({ assignmentId: z.string().min(1).max(64).nullable().optional() }).strict();

export const POST = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const viewer = await apiTokenUser(req, "quiz:take");
  const { id } = await ctx.params;
  const input = await readJson(req, schema, 1024);
  const started = await startAttempt(db, viewer, { quizId: id, assignmentId: input.assignmentId ?? null }, new Date());
  return NextResponse.json(started, { status: started.resumed ? 200 : 201 });
});
