// PATCH /api/assignments/:id — edit; DELETE — delete (confirmAttempts when learners attempted it).
import { NextResponse } from "next/server";
import { createAssignmentSchema } from "@/lib/assignments/create-assignment";
import { deleteAssignment, deleteAssignmentSchema, updateAssignment } from "@/lib/assignments/manage-assignment";
import { db } from "@/lib/db/client";
import { pathParams, route } from "@/lib/http/handler";

const assignment = pathParams("id");

export const PATCH = route({ auth: "class:manage", params: assignment, body: createAssignmentSchema, bodyLimit: 4 * 1024 }, async ({ viewer, params, body }) =>
  NextResponse.json({ assignment: await updateAssignment(db, viewer, params.id, body) }),
);

export const DELETE = route({ auth: "class:manage", params: assignment, body: deleteAssignmentSchema, bodyLimit: 1024 }, async ({ viewer, params, body }) =>
  NextResponse.json(await deleteAssignment(db, viewer, params.id, body)),
);
