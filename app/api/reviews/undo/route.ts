import { apiTokenUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/handler";
import { undoInputSchema, undoReview } from "@/lib/study/undo-review";

export const dynamic = "force-dynamic";

export const POST = route(async (req) => {
  const user = await apiTokenUser(req, "study");
  const { reviewId } = await readJson(req, undoInputSchema, 1024);
  return Response.json(await undoReview(db, user.id, reviewId));
});
