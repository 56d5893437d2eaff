// PUT /api/assignments/:id/extensions — set or clear one learner's due date.
import { NextResponse } from "next/server";
import { extensionSchema, setExtension } from "@/lib/assignments/manage-assignment";
import { db } from "@/lib/db/client";
import { pathParams, route } from "@/lib/http/handler";

export const PUT = route({ auth: "class:manage", params: pathParams("id"), body: extensionSchema, bodyLimit: 1024 }, async ({ viewer, params, body }) =>
  NextResponse.json({ extension: await setExtension(db, viewer, params.id, body) }),
);
