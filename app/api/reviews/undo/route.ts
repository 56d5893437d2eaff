import { db } from "@/lib/db/client";
import { route } from "@/lib/http/handler";
import { undoInputSchema, undoReview } from "@/lib/study/undo-review";

export const dynamic = "force-dynamic";

export const POST = route({ auth: "study", body: undoInputSchema, bodyLimit: 1024 }, async ({ viewer, body }) => {
  return Response.json(await undoReview(db, viewer.id, body.reviewId));
});
