// The hot path: grade one card. The session version is compared inside the transaction's read
// of the user row (no extra round trip), so the gate only decodes the token here.
import { db } from "@/lib/db/client";
import { route } from "@/lib/http/handler";
import { reviewInputSchema, submitReview } from "@/lib/study/submit-review";

export const dynamic = "force-dynamic";

export const POST = route({ auth: "study", sessionCheck: "in-handler", body: reviewInputSchema, bodyLimit: 2048 }, async ({ viewer, body }) => {
  const result = await submitReview(db, viewer.id, body, new Date(), { sessionVersion: viewer.sessionVersion });
  return Response.json(result, { status: 201 });
});
