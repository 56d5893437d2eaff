// GET /api/attempts/:id — the attempt as the learner sees it now (current question, time left).
import { NextResponse } from "next/server";
import { apiTokenUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { route } from "@/lib/http/handler";
import { getAttemptView } from "@/lib/quiz/attempt-view";

export const GET = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const viewer = await apiTokenUser(req, "quiz:take");
  const { id } = await ctx.params;
  return NextResponse.json(await getAttemptView(db, viewer, id, new Date()), { headers: { "cache-control": "no-store" } });
});
