// POST /api/attempts/:id/submit — the learner submits (harmless if already closed).
import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { pathParams, route } from "@/lib/http/handler";
import { submitAttempt } from "@/lib/quiz/submit-attempt";

export const POST = route({ auth: "quiz:take", params: pathParams("id") }, async ({ viewer, params }) => {
  return NextResponse.json(await submitAttempt(db, viewer, params.id, new Date()));
});
