// POST /api/attempts/:id/submit — the learner submits (harmless if already closed).
import { NextResponse } from "next/server";
import { apiTokenUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { route } from "@/lib/http/handler";
import { submitAttempt } from "@/lib/quiz/submit-attempt";

export const POST = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const viewer = await apiTokenUser(req, "quiz:take");
  const { id } = await ctx.params;
  return NextResponse.json(await submitAttempt(db, viewer, id, new Date()));
});
