// POST /api/classes/join — a learner joins with a code; a wrong code is 404.
import { NextResponse } from "next/server";
import { joinClass, joinClassSchema } from "@/lib/classes/join-class";
import { db } from "@/lib/db/client";
import { route } from "@/lib/http/handler";
import { LIMITS } from "@/lib/throttle/route-limits";

export const POST = route({ auth: "class:join", limit: LIMITS.joinClass, body: joinClassSchema, bodyLimit: 1024 }, async ({ viewer, body }) => {
  return NextResponse.json(await joinClass(db, viewer, body.code));
});
