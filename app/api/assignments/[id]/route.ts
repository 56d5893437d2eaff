// PATCH /api/assignments/:id — edit; DELETE — delete (confirmAttempts when learners attempted it).
import { NextResponse } from "next/server";
import { apiTokenUser } from "@/lib/auth/session";
import { createAssignmentSchema } from "@/lib/assignments/create-assignment";
import { deleteAssignment, deleteAssignmentSchema, updateAssignment } from "@/lib/assignments/manage-assignment";
import { db } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/handler";

type Ctx = { params: Promise<{ id: string }> };

export const PATCH = route(async (req, ctx: Ctx) => {
  const viewer = await apiTokenUser(req, "class:manage");
  const { id } = await ctx.params;
  const input = await readJson(req, createAssignmentSchema, 4 * 1024);
  return NextResponse.json({ assignment: await updateAssignment(db, viewer, id, input) });
});

export const DELETE = route(async (req, ctx: Ctx) => {
  const viewer = await apiTokenUser(req, "class:manage");
  const { id } = await ctx.params;
  const input = await readJson(req, deleteAssignmentSchema, 1024);
  return NextResponse.json(await deleteAssignment(db, viewer, id, input));
});
