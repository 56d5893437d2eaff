// GET /api/attempts/:id[?position=N] — the attempt as the learner sees it now (current question,
// time left); with a position, that question when the quiz allows going back.
import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { pathParams, route } from "@/lib/http/handler";
import { attemptViewQuery, getAttemptView } from "@/lib/quiz/attempt-view";

export const GET = route({ auth: "quiz:take", params: pathParams("id") }, async ({ req, viewer, params }) => {
  const query = attemptViewQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success) throw new HttpError(400, "invalid_input", "Some fields are invalid.");
  const view = await getAttemptView(db, viewer, params.id, new Date(), query.data.position ?? null);
  return NextResponse.json(view, { headers: { "cache-control": "no-store" } });
});
