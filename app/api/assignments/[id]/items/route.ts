// GET /api/assignments/:id/items — item analysis of a quiz assignment (its class's instructor).
import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { assignmentItemAnalysis } from "@/lib/gradebook/item-analysis";
import { pathParams, route } from "@/lib/http/handler";

export const GET = route({ auth: "class:manage", params: pathParams("id") }, async ({ viewer, params }) => {
  return NextResponse.json(await assignmentItemAnalysis(db, viewer, params.id, new Date()));
});
