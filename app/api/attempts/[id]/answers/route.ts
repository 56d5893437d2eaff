// POST /api/attempts/:id/answers — save one answer. A hot path: the session version is compared
// inside the answer's own read of the user row (no extra round trip), so the gate only decodes
// the token here.
import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { pathParams, route } from "@/lib/http/handler";
import { answerQuestion, answerSchema } from "@/lib/quiz/answer";

export const POST = route({ auth: "quiz:take", sessionCheck: "in-handler", params: pathParams("id"), body: answerSchema, bodyLimit: 8 * 1024 }, async ({ viewer, params, body }) => {
  return NextResponse.json(await answerQuestion(db, viewer, params.id, body, new Date(), { sessionVersion: viewer.sessionVersion }), { status: 201 });
});
