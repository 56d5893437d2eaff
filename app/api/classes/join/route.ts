// POST /api/classes/join — a learner joins with a code; a wrong code is 404.
import { NextResponse } from "next/server";
import { apiTokenUser } from "@/lib/auth/session";
import { joinClass, joinClassSchema } from "@/lib/classes/join-class";
import { db } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/handler";

export const POST = route(async (req) => {
  const viewer = await apiTokenUser(req, "class:join");
  const { code } = await readJson(req, joinClassSchema, 1024);
  return NextResponse.json(await joinClass(db, viewer, code));
});
