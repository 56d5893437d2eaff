// GET /api/attempts/:id/results — score and per-question review (answers per the quiz's policy).
import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { pathParams, route } from "@/lib/http/handler";
import { getAttemptResults } from "@/lib/quiz/results";

export const GET = route({ auth: "user", params: pathParams("id") }, async ({ viewer, params }) => {
  return NextResponse.json(await getAttemptResults(db, viewer, params.id, new Date()));
});
