// POST /api/classes/:id/assignments — assign a set to study or a quiz.
import { NextResponse } from "next/server";
import { createAssignment, createAssignmentSchema } from "@/lib/assignments/create-assignment";
import { db } from "@/lib/db/client";
import { pathParams, route } from "@/lib/http/handler";

export const POST = route({ auth: "class:manage", params: pathParams("id"), body: createAssignmentSchema, bodyLimit: 4 * 1024 }, async ({ viewer, params, body }) => {
  return NextResponse.json({ assignment: await createAssignment(db, viewer, params.id, body) }, { status: 201 });
});
