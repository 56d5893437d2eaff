// Instructor review of one fact: approve, reject, or edit (an edit keeps the source span).
import { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import { requireDocumentReviewer } from "./review-guard";
import { HttpError } from "@/lib/http/errors";
import { factFieldsSchema } from "./fact-fields";

export const reviewActionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("approve") }),
  z.object({ action: z.literal("reject") }),
  z.object({ action: z.literal("reset") }),
  z.object({ action: z.literal("edit"), fields: factFieldsSchema }),
]);
export type ReviewAction = z.infer<typeof reviewActionSchema>;

export async function reviewFact(db: Db, user: Viewer, factId: string, action: ReviewAction, now = new Date()) {
  const fact = await db.fact.findUnique({ where: { id: factId }, select: { id: true, documentId: true } });
  if (!fact) throw new HttpError(404, "not_found", "No such fact.");
  await requireDocumentReviewer(db, user, fact.documentId);
  const reviewed = { reviewedById: user.id, reviewedAt: now };
  switch (action.action) {
    case "approve":
      return db.fact.update({ where: { id: factId }, data: { status: "approved", ...reviewed } });
    case "reject":
      return db.fact.update({ where: { id: factId }, data: { status: "rejected", ...reviewed } });
    case "reset":
      return db.fact.update({ where: { id: factId }, data: { status: "pending", reviewedById: null, reviewedAt: null } });
    case "edit": {
      const { statement, ...rest } = action.fields;
      return db.fact.update({
        where: { id: factId },
        data: { ...rest, statement, status: "approved", edited: true, ...reviewed },
      });
    }
  }
}
