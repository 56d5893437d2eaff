// How a learner moves through an attempt. "sequential" (the default, as quizzes always were):
// one question after another, an answer is final. "free" (a quiz that allows going back, and
// every practice quiz): any question in any order, answers can be changed until submitting.
// A per-question time limit needs the sequential order (its clock starts when the question is
// first shown), so a quiz with one is always sequential. Pure functions.

export type NavigationMode = "free" | "sequential";

export function navigationMode(quiz: { allowBack: boolean; perQuestionSec: number | null }): NavigationMode {
  return quiz.allowBack && quiz.perQuestionSec == null ? "free" : "sequential";
}

export interface NavigationItem {
  position: number;
  answered: boolean;
  /** Its own (per-question) time has run out: it can no longer be answered. */
  expired?: boolean;
}

/**
 * The position of the question to show, or null when none is left to answer. Sequential: the
 * first one not answered and not expired, whatever was asked for. Free: the one asked for when
 * it exists, else the first unanswered one.
 */
export function questionToShow(items: readonly NavigationItem[], mode: NavigationMode, requested: number | null | undefined): number | null {
  if (mode === "free" && requested != null && items.some((i) => i.position === requested)) return requested;
  return items.find((i) => !i.answered && !i.expired)?.position ?? null;
}

/** Whether a question that already has an answer may be answered again (free navigation only). */
export function mayReplaceAnswer(mode: NavigationMode): boolean {
  return mode === "free";
}

/**
 * Where to go after answering the question at `position` in free navigation: the next one in
 * order, or after the last one the first still unanswered, or null (all answered: review and submit).
 */
export function nextAfterAnswer(items: readonly NavigationItem[], position: number): number | null {
  const next = items.find((i) => i.position === position + 1);
  if (next) return next.position;
  return items.find((i) => !i.answered && i.position !== position)?.position ?? null;
}
