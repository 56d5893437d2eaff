// GET /api/classes/:id/roster — the class's learners (its instructor only).
import { NextResponse } from "next/server";
import { getRoster } from "@/lib/classes/roster";
import { db } from "@/lib/db/client";
import { pathParams, route } from "@/lib/http/handler";

export const GET = route({ auth: "class:manage", params: pathParams("id") }, async ({ viewer, params }) => {
  const { learners } = await getRoster(db, viewer, params.id);
  return NextResponse.json({ learners });
});
