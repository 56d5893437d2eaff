// The hot path: grade one card. Token-only auth (no session DB round trip), one transaction.
import { apiTokenUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/handler";
import { reviewInputSchema, submitReview } from "@/lib/study/submit-review";

export const dynamic = "force-dynamic";

export const POST = route(async (req) => {
  const user = await apiTokenUser(req, "study");
  const input = await readJson(req, reviewInputSchema, 2048);
  const result = await submitReview(db, user.id, input);
  return Response.json(result, { status: 201 });
});
