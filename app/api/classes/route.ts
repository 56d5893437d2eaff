// POST /api/classes — an instructor creates a class (and gets its join code).
import { NextResponse } from "next/server";
import { apiTokenUser } from "@/lib/auth/session";
import { createClass, createClassSchema } from "@/lib/classes/create-class";
import { db } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/handler";

export const POST = route(async (req) => {
  const viewer = await apiTokenUser(req, "class:manage");
  const input = await readJson(req, createClassSchema, 2 * 1024);
  const cls = await createClass(db, viewer, input);
  return NextResponse.json({ class: { ...cls, joinPath: `/join/${cls.joinCode}` } }, { status: 201 });
});
