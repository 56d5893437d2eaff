// POST /api/classes/:id/assignments — assign a set to study or a quiz.
import { NextResponse } from "next/server";
import { apiTokenUser } from "@/lib/auth/session";
import { createAssignment, createAssignmentSchema } from "@/lib/assignments/create-assignment";
import { db } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/handler";

export const POST = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const viewer = await apiTokenUser(req, "class:manage");
  const { id } = await ctx.params;
  const input = await readJson(req, createAssignmentSchema, 4 * 1024);
  return NextResponse.json({ assignment: await createAssignment(db, viewer, id, input) }, { status: 201 });
});
