// POST /api/quizzes/:id/attempts — start an attempt, or resume the one in progress.
import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { pathParams, route } from "@/lib/http/handler";
import { startAttempt } from "@/lib/quiz/start-attempt";

const schema = z.object({ assignmentId: z.string().min(1).max(64).nullable().optional() }).strict();

export const POST = route({ auth: "quiz:take", params: pathParams("id"), body: schema, bodyLimit: 1024 }, async ({ viewer, params, body }) => {
  const started = await startAttempt(db, viewer, { quizId: params.id, assignmentId: body.assignmentId ?? null }, new Date());
  return NextResponse.json(started, { status: started.resumed ? 200 : 201 });
});
