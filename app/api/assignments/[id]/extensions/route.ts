// PUT /api/assignments/:id/extensions — set or clear one learner's due date.
import { NextResponse } from "next/server";
import { apiTokenUser } from "@/lib/auth/session";
import { extensionSchema, setExtension } from "@/lib/assignments/manage-assignment";
import { db } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/handler";

export const PUT = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const viewer = await apiTokenUser(req, "class:manage");
  const { id } = await ctx.params;
  const input = await readJson(req, extensionSchema, 1024);
  return NextResponse.json({ extension: await setExtension(db, viewer, id, input) });
});
