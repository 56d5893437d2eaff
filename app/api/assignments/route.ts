// GET /api/assignments — the signed-in learner's assignments with status and due dates.
import { NextResponse } from "next/server";
import { apiTokenUser } from "@/lib/auth/session";
import { listAssignmentsForLearner } from "@/lib/assignments/list-for-learner";
import { db } from "@/lib/db/client";
import { route } from "@/lib/http/handler";

export const GET = route(async (req) => {
  const viewer = await apiTokenUser(req);
  return NextResponse.json({ assignments: await listAssignmentsForLearner(db, viewer, new Date()) });
});
