// One review, in one transaction: the card must be one the user may study; the rating is
// applied to the user's own state with the user's own retention and FSRS weights; the log row carries an
// idempotency key, so a replayed request is refused (409) and writes nothing. The hot path:
// one read and conditional writes through lib/db/review-store.ts
// (docs/decisions/0009-review-hot-path.md).
import crypto from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { recordReview } from "@/lib/db/review-store";
import { HttpError } from "@/lib/http/errors";
import { parseStoredParameters } from "@/lib/srs/parameters";
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

let sequence = 0;
/** A log id like Prisma's cuid(): "c", then time and a counter (so ids sort by creation), then randomness. */
function newReviewId(now: Date): string {
  sequence = (sequence + 1) % 36 ** 4;
  return `c${now.getTime().toString(36).padStart(9, "0")}${sequence.toString(36).padStart(4, "0")}${crypto.randomBytes(6).toString("hex")}`;
}

const replayed = (reviewId: string, cardId: string) =>
  new HttpError(409, "replayed", "This review was already recorded.", { reviewId, cardId });

/**
 * `session.sessionVersion`, when given, is the session version the caller's token carries: the one
 * read also returns the user's current one, so a stale session is refused (401) at no cost.
 */
export async function submitReview(
  db: Db,
  userId: string,
  input: ReviewInput,
  now = new Date(),
  session: { sessionVersion?: number } = {},
): Promise<ReviewResult> {
  let next: CardState | null = null;
  const outcome = await recordReview(
    db,
    { userId, cardId: input.cardId, idempotencyKey: input.idempotencyKey },
    (read) => {
      if (!read.user || (session.sessionVersion !== undefined && session.sessionVersion !== read.user.sessionVersion)) throw new HttpError(401, "unauthenticated", "Sign in first.");
      if (!read.cardVisible) throw new HttpError(404, "card_not_found", "No such card to study.");
      if (read.replay) return { kind: "replayed", ...read.replay };
      const before = read.state ? rowToState(read.state) : null;
      const parameters = parseStoredParameters(read.user.fsrsParameters);
      const reviewed = reviewCard({ state: before, rating: input.rating, now, desiredRetention: read.user.desiredRetention, parameters });
      next = reviewed.next;
      const { log } = reviewed;
      return {
        state: stateToRow(reviewed.next),
        log: {
          id: newReviewId(now),
          rating: input.rating,
          reviewedAt: now,
          durationMs: Math.min(input.durationMs, MAX_COUNTED_DURATION_MS),
          stateBefore: log.stateBefore,
          previous: log.previous ?? null,
          scheduledDays: Math.round(log.scheduledDays),
          due: new Date(log.due),
        },
      };
    },
    now,
  );
  // Optimistic: the state must still be the one this review was computed from, so two tabs
  // grading one card at once cannot both apply to the same "before". A request whose key is
  // already recorded is the same request arriving twice: the client treats that as done.
  if (outcome.kind === "replayed") throw replayed(outcome.reviewId, outcome.cardId);
  if (outcome.kind === "conflict") throw new HttpError(409, "conflict", "This card was just reviewed elsewhere; reload.");
  return { reviewId: outcome.reviewId, cardId: input.cardId, state: next! };
}
