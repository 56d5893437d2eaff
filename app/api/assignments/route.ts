// GET /api/assignments — the signed-in learner's assignments with status and due dates.
import { NextResponse } from "next/server";
import { listAssignmentsForLearner } from "@/lib/assignments/list-for-learner";
import { db } from "@/lib/db/client";
import { route } from "@/lib/http/handler";

export const GET = route({ auth: "user" }, async ({ viewer }) => {
  return NextResponse.json({ assignments: await listAssignmentsForLearner(db, viewer, new Date()) });
});
