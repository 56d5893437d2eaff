// GET /api/assignments/:id/items — item analysis of a quiz assignment (its class's instructor).
import { NextResponse } from "next/server";
import { apiTokenUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { assignmentItemAnalysis } from "@/lib/gradebook/item-analysis";
import { route } from "@/lib/http/handler";

export const GET = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const viewer = await apiTokenUser(req, "class:manage");
  const { id } = await ctx.params;
  return NextResponse.json(await assignmentItemAnalysis(db, viewer, id, new Date()));
});
