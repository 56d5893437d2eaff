// POST /api/assignments/:id/duplicate — copy to another class of the same instructor.
import { NextResponse } from "next/server";
import { duplicateAssignment, duplicateAssignmentSchema } from "@/lib/assignments/manage-assignment";
import { db } from "@/lib/db/client";
import { pathParams, route } from "@/lib/http/handler";

export const POST = route({ auth: "class:manage", params: pathParams("id"), body: duplicateAssignmentSchema, bodyLimit: 1024 }, async ({ viewer, params, body }) =>
  NextResponse.json({ assignment: await duplicateAssignment(db, viewer, params.id, body) }, { status: 201 }),
);
