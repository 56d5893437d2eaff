// Swipe grading on a phone: after the answer is shown, swiping the card left grades "again",
// right grades "good" (the two grades a learner gives most; hard and easy stay on the buttons
// and keys). A swipe must be long and clearly horizontal, so scrolling a long answer up or down
// never grades by accident. Pure, so the thresholds are tested.
import type { ReviewRating } from "@/lib/srs/schedule";

/** How far (px) the finger must travel sideways; also at least this share of the card's width. */
export const SWIPE_MIN_PX = 80;
export const SWIPE_MIN_WIDTH_SHARE = 0.25;
/** Sideways travel must be at least this many times the vertical travel. */
export const SWIPE_HORIZONTAL_RATIO = 2;
/** Vertical travel (px) after which the gesture is a scroll and is dropped. */
export const SCROLL_ABORT_PX = 24;

export const SWIPE_RATINGS = { left: "again", right: "good" } as const satisfies Record<"left" | "right", ReviewRating>;

export interface SwipeTrack {
  dx: number;
  dy: number;
  /** The card's width in px (a wide tablet card needs a longer swipe). */
  width: number;
}

/** True once the gesture is a vertical scroll: it is dropped for good. */
export function isScroll({ dx, dy }: SwipeTrack): boolean {
  return Math.abs(dy) >= SCROLL_ABORT_PX && Math.abs(dy) * SWIPE_HORIZONTAL_RATIO > Math.abs(dx);
}

/** The grade a finished gesture gives, or null (too short, too vertical). */
export function swipeRating(track: SwipeTrack): ReviewRating | null {
  const { dx, dy, width } = track;
  const needed = Math.max(SWIPE_MIN_PX, width * SWIPE_MIN_WIDTH_SHARE);
  if (Math.abs(dx) < needed || Math.abs(dx) < Math.abs(dy) * SWIPE_HORIZONTAL_RATIO) return null;
  return dx < 0 ? SWIPE_RATINGS.left : SWIPE_RATINGS.right;
}

/** 0..1: how close the gesture is to grading (for the card's visual feedback). */
export function swipeProgress(track: SwipeTrack): number {
  const needed = Math.max(SWIPE_MIN_PX, track.width * SWIPE_MIN_WIDTH_SHARE);
  return Math.min(1, Math.abs(track.dx) / needed);
}
