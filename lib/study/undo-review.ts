// Undo the user's latest review of a card: put back the state it replaced (or forget the
// card's state if it was new) and mark the log undone, in one transaction. Only the latest
// live review of that card can be undone; a second undo of the same review is refused.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import type { CardState } from "@/lib/srs/schedule";
import { parseStoredState, stateToRow } from "./state-row";

export const undoInputSchema = z.object({ reviewId: z.string().min(1).max(64) });

export async function undoReview(db: Db, userId: string, reviewId: string, now = new Date()): Promise<{ cardId: string; state: CardState | null }> {
  return db.$transaction(async (tx) => {
    const log = await tx.reviewLog.findFirst({ where: { id: reviewId, userId } });
    if (!log) throw new HttpError(404, "review_not_found", "No such review.");
    if (log.undoneAt) throw new HttpError(409, "already_undone", "This review was already undone.");
    const latest = await tx.reviewLog.findFirst({
      where: { userId, cardId: log.cardId, undoneAt: null },
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    if (latest?.id !== log.id) throw new HttpError(409, "not_latest", "Only the latest review of a card can be undone.");
    const previous = parseStoredState(log.previous);
    if (log.previous !== null && !previous) throw new HttpError(409, "corrupt_log", "This review cannot be undone.");
    if (previous) {
      const data = stateToRow(previous);
      await tx.cardState.upsert({ where: { userId_cardId: { userId, cardId: log.cardId } }, create: { userId, cardId: log.cardId, ...data }, update: data });
    } else {
      await tx.cardState.deleteMany({ where: { userId, cardId: log.cardId } });
    }
    const marked = await tx.reviewLog.updateMany({ where: { id: log.id, undoneAt: null }, data: { undoneAt: now } });
    if (marked.count !== 1) throw new HttpError(409, "already_undone", "This review was already undone.");
    return { cardId: log.cardId, state: previous };
  });
}
