// GET /api/classes/:id/roster — the class's learners (its instructor only).
import { NextResponse } from "next/server";
import { apiTokenUser } from "@/lib/auth/session";
import { getRoster } from "@/lib/classes/roster";
import { db } from "@/lib/db/client";
import { route } from "@/lib/http/handler";

export const GET = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const viewer = await apiTokenUser(req, "class:manage");
  const { id } = await ctx.params;
  const { learners } = await getRoster(db, viewer, id);
  return NextResponse.json({ learners });
});
