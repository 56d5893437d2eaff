// POST /api/users — sign up. Zod-validated, size-capped; nothing is created on bad input.
import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { route } from "@/lib/http/handler";
import { signUpLimits } from "@/lib/throttle/route-limits";
import { signUp, signUpSchema } from "@/lib/users/sign-up";

export const POST = route({ auth: "public", limit: (config) => signUpLimits(config.SIGNUP_LIMIT_PER_HOUR), body: signUpSchema, bodyLimit: 16 * 1024 }, async ({ body }) => {
  const user = await signUp(db, body, env().INSTRUCTOR_CODE);
  return NextResponse.json({ user }, { status: 201 });
});
