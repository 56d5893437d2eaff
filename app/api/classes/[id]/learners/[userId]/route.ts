// DELETE /api/classes/:id/learners/:userId — remove a learner from the class.
import { NextResponse } from "next/server";
import { apiTokenUser } from "@/lib/auth/session";
import { removeLearner } from "@/lib/classes/roster";
import { db } from "@/lib/db/client";
import { route } from "@/lib/http/handler";

export const DELETE = route(async (req, ctx: { params: Promise<{ id: string; userId: string }> }) => {
  const viewer = await apiTokenUser(req, "class:manage");
  const { id, userId } = await ctx.params;
  return NextResponse.json(await removeLearner(db, viewer, id, userId, new Date()));
});
