// GET /api/attempts/:id — the attempt as the learner sees it now (current question, time left).
import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { pathParams, route } from "@/lib/http/handler";
import { getAttemptView } from "@/lib/quiz/attempt-view";

export const GET = route({ auth: "quiz:take", params: pathParams("id") }, async ({ viewer, params }) => {
  return NextResponse.json(await getAttemptView(db, viewer, params.id, new Date()), { headers: { "cache-control": "no-store" } });
});
