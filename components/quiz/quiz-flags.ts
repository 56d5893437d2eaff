"use client";
// Flags a learner puts on questions to come back to: their own reminder, kept in this browser
// per attempt (localStorage), never sent to the server and never part of the score.
import { useCallback, useMemo, useSyncExternalStore } from "react";

const key = (attemptId: string) => `genten:quiz-flags:${attemptId}`;
const CHANGED = "genten:quiz-flags";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

function readRaw(attemptId: string): string {
  try {
    return window.localStorage.getItem(key(attemptId)) ?? "[]";
  } catch {
    return "[]";
  }
}

function parse(raw: string): string[] {
  try {
    const v: unknown = JSON.parse(raw);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

export function useQuestionFlags(attemptId: string): { flagged: ReadonlySet<string>; toggle: (questionId: string) => void } {
  const raw = useSyncExternalStore(subscribe, () => readRaw(attemptId), () => "[]");
  const flagged = useMemo<ReadonlySet<string>>(() => new Set(parse(raw)), [raw]);
  const toggle = useCallback(
    (questionId: string) => {
      const next = new Set(parse(readRaw(attemptId)));
      if (!next.delete(questionId)) next.add(questionId);
      try {
        window.localStorage.setItem(key(attemptId), JSON.stringify([...next]));
      } catch {
        // Storage blocked: nothing to keep the flag in.
      }
      window.dispatchEvent(new Event(CHANGED));
    },
    [attemptId],
  );
  return { flagged, toggle };
}

/** Forgets an attempt's flags (once it is submitted they have no use). */
export function clearQuestionFlags(attemptId: string): void {
  try {
    window.localStorage.removeItem(key(attemptId));
  } catch {
    // Storage blocked: nothing was kept.
  }
}
