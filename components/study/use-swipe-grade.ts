"use client";
// Pointer handlers for swipe grading (lib/study/swipe.ts): touch and pen only (a mouse drag
// selects text), never from a button or link (its click would grade twice), and dropped as soon
// as the finger moves mostly vertically (the page scrolls; the card has touch-action: pan-y).
import { useCallback, useRef, useState, type PointerEvent } from "react";
import type { ReviewRating } from "@/lib/srs/schedule";
import { isScroll, swipeProgress, swipeRating } from "@/lib/study/swipe";

export function useSwipeGrade(enabled: boolean, onGrade: (rating: ReviewRating) => void) {
  const start = useRef<{ id: number; x: number; y: number; width: number } | null>(null);
  const [dx, setDx] = useState(0);
  const [progress, setProgress] = useState(0);

  const reset = useCallback(() => {
    start.current = null;
    setDx(0);
    setProgress(0);
  }, []);

  const onPointerDown = useCallback(
    (e: PointerEvent<HTMLElement>) => {
      if (!enabled || e.pointerType === "mouse" || !e.isPrimary) return;
      if ((e.target as HTMLElement).closest("button, a, input, textarea, select")) return;
      start.current = { id: e.pointerId, x: e.clientX, y: e.clientY, width: e.currentTarget.getBoundingClientRect().width };
    },
    [enabled],
  );

  const onPointerMove = useCallback(
    (e: PointerEvent<HTMLElement>) => {
      const s = start.current;
      if (!s || e.pointerId !== s.id) return;
      const track = { dx: e.clientX - s.x, dy: e.clientY - s.y, width: s.width };
      if (isScroll(track)) return reset();
      setDx(track.dx);
      setProgress(swipeProgress(track));
    },
    [reset],
  );

  const onPointerUp = useCallback(
    (e: PointerEvent<HTMLElement>) => {
      const s = start.current;
      if (!s || e.pointerId !== s.id) return;
      const rating = swipeRating({ dx: e.clientX - s.x, dy: e.clientY - s.y, width: s.width });
      reset();
      if (rating) onGrade(rating);
    },
    [onGrade, reset],
  );

  return {
    dx,
    progress,
    handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: reset },
  };
}
