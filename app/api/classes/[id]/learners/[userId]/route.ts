// DELETE /api/classes/:id/learners/:userId — remove a learner from the class.
import { NextResponse } from "next/server";
import { removeLearner } from "@/lib/assignments/remove-learner";
import { db } from "@/lib/db/client";
import { pathParams, route } from "@/lib/http/handler";

export const DELETE = route({ auth: "class:manage", params: pathParams("id", "userId") }, async ({ viewer, params }) => {
  return NextResponse.json(await removeLearner(db, viewer, params.id, params.userId, new Date()));
});
