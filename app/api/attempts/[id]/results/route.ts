// GET /api/attempts/:id/results — score and per-question review (answers per the quiz's policy).
import { NextResponse } from "next/server";
import { apiTokenUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { route } from "@/lib/http/handler";
import { getAttemptResults } from "@/lib/quiz/results";

export const GET = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const viewer = await apiTokenUser(req);
  const { id } = await ctx.params;
  return NextResponse.json(await getAttemptResults(db, viewer, id, new Date()));
});
