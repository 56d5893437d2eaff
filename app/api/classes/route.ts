// POST /api/classes — an instructor creates a class (and gets its join code).
import { NextResponse } from "next/server";
import { createClass, createClassSchema } from "@/lib/classes/create-class";
import { db } from "@/lib/db/client";
import { route } from "@/lib/http/handler";

export const POST = route({ auth: "class:manage", body: createClassSchema, bodyLimit: 2 * 1024 }, async ({ viewer, body }) => {
  const cls = await createClass(db, viewer, body);
  return NextResponse.json({ class: { ...cls, joinPath: `/join/${cls.joinCode}` } }, { status: 201 });
});
