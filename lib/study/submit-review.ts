// One review, in one transaction: the card must be one the user may study; the rating is
// applied to the user's own state with the user's own retention; the log row carries an
// idempotency key, so a replayed request is refused (409) and writes nothing.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { visibleCardWhere } from "@/lib/sets/visibility";
import { reviewCard, reviewRatingSchema, type CardState } from "@/lib/srs/schedule";
import { rowToState, stateToRow } from "./state-row";

/** Longer thinking than this is counted as this (Anki caps answer time the same way). */
export const MAX_COUNTED_DURATION_MS = 60_000;

export const reviewInputSchema = z.object({
  cardId: z.string().min(1).max(64),
  rating: reviewRatingSchema,
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  durationMs: z.number().int().min(0).max(24 * 3_600_000),
});
export type ReviewInput = z.infer<typeof reviewInputSchema>;

export interface ReviewResult {
  reviewId: string;
  cardId: string;
  state: CardState;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** The 409 for a request whose idempotency key is already recorded, or null. */
async function replayError(db: Db, userId: string, key: string): Promise<HttpError | null> {
  const log = await db.reviewLog.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey: key } }, select: { id: true, cardId: true } });
  return log ? new HttpError(409, "replayed", "This review was already recorded.", { reviewId: log.id, cardId: log.cardId }) : null;
}

/** `session.sessionVersion`: the version the caller's session token carries; the user row read
 *  below refuses the review (401) when it differs, so the route needs no separate session read. */
export async function submitReview(db: Db, userId: string, input: ReviewInput, now = new Date(), session: { sessionVersion?: number } = {}): Promise<ReviewResult> {
  try {
    return await db.$transaction(async (tx) => {
      // Sequential: one connection serves the whole transaction. A replayed key is caught by
      // the unique index on the log insert (P2002), which rolls the whole review back.
      const card = await tx.card.findFirst({ where: { id: input.cardId, ...visibleCardWhere(userId) }, select: { id: true } });
      const user = await tx.user.findUnique({ where: { id: userId }, select: { desiredRetention: true, sessionVersion: true } });
      const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId, cardId: input.cardId } } });
      if (!user || (session.sessionVersion !== undefined && user.sessionVersion !== session.sessionVersion)) {
        throw new HttpError(401, "unauthenticated", "Sign in first.");
      }
      if (!card) throw new HttpError(404, "card_not_found", "No such card to study.");
      const before = row ? rowToState(row) : null;
      const { next, log } = reviewCard({ state: before, rating: input.rating, now, desiredRetention: user.desiredRetention });
      const data = stateToRow(next);
      // Optimistic: the state must still be the one this review was computed from, so two
      // tabs grading one card at once cannot both apply to the same "before".
      if (row) {
        const moved = await tx.cardState.updateMany({ where: { userId, cardId: input.cardId, reps: row.reps }, data });
        if (moved.count === 0) throw new HttpError(409, "conflict", "This card was just reviewed elsewhere; reload.");
      } else {
        await tx.cardState.create({ data: { userId, cardId: input.cardId, ...data } }).catch((error: unknown) => {
          throw isUniqueViolation(error) ? new HttpError(409, "conflict", "This card was just reviewed elsewhere; reload.") : error;
        });
      }
      const created = await tx.reviewLog.create({
        data: {
          userId,
          cardId: input.cardId,
          idempotencyKey: input.idempotencyKey,
          rating: input.rating,
          reviewedAt: now,
          durationMs: Math.min(input.durationMs, MAX_COUNTED_DURATION_MS),
          stateBefore: log.stateBefore,
          previous: (log.previous ?? undefined) as object | undefined,
          scheduledDays: Math.round(log.scheduledDays),
          due: new Date(log.due),
        },
        select: { id: true },
      });
      return { reviewId: created.id, cardId: input.cardId, state: next };
    });
  } catch (error) {
    // A unique violation or a moved state may be the same request arriving twice: if its key
    // is recorded, say so (the client treats that as done); otherwise it was another review.
    if (isUniqueViolation(error) || (error instanceof HttpError && error.code === "conflict")) {
      const replay = await replayError(db, userId, input.idempotencyKey);
      if (replay) throw replay;
      if (isUniqueViolation(error)) throw new HttpError(409, "conflict", "This card was just reviewed elsewhere; reload.");
    }
    throw error;
  }
}
