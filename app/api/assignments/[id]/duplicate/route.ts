// POST /api/assignments/:id/duplicate — copy to another class of the same instructor.
import { NextResponse } from "next/server";
import { apiTokenUser } from "@/lib/auth/session";
import { duplicateAssignment, duplicateAssignmentSchema } from "@/lib/assignments/manage-assignment";
import { db } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/handler";

export const POST = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const viewer = await apiTokenUser(req, "class:manage");
  const { id } = await ctx.params;
  const input = await readJson(req, duplicateAssignmentSchema, 1024);
  return NextResponse.json({ assignment: await duplicateAssignment(db, viewer, id, input) }, { status: 201 });
});
