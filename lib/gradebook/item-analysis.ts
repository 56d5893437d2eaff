// Item analysis of a quiz assignment (its class's instructor) or of a quiz (its author):
// facility, discrimination and mean time per question over submitted attempts.
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { requireInstructorOfAssignment } from "@/lib/classes/guards";
import { analyzeItems, type ItemStats } from "@/lib/quiz/item-analysis";
import { settleExpiredAttempts } from "@/lib/quiz/finalize";
import { storedQuestion } from "@/lib/quiz/stored";
import type { Viewer } from "@/lib/auth/viewer";

export interface ItemReport {
  title: string;
  attempts: number;
  items: (ItemStats & ItemText)[];
}

/** What the question asked: two ordering questions with one prompt differ by their items. */
export interface ItemText {
  prompt: string;
  kind: string;
  /** Multiple choice: the options; ordering: the items in the right order; typed: empty. */
  options: string[];
  /** The right option (multiple choice and typed); null for ordering. */
  answer: string | null;
}

export async function assignmentItemAnalysis(db: Db, viewer: Viewer, assignmentId: string, now: Date): Promise<ItemReport> {
  const a = await requireInstructorOfAssignment(db, viewer, assignmentId);
  if (a.kind !== "quiz") throw new HttpError(409, "not_a_quiz", "Item analysis is for quiz assignments.");
  await settleExpiredAttempts(db, { assignmentId }, now);
  const rows = await db.attemptQuestion.findMany({
    where: { attempt: { assignmentId, status: "submitted" } },
    select: { attemptId: true, questionId: true, score: true, timeMs: true, question: true },
  });
  const prompts = new Map<string, ItemText>();
  for (const r of rows) if (!prompts.has(r.questionId)) {
    const q = storedQuestion(r.question);
    const ordering = Array.isArray(q.answer);
    // Options are shuffled per attempt: list them in a fixed order so the row reads the same for everyone.
    const options = ordering ? [...(q.answer as string[])] : [...(q.options ?? [])].sort((a, b) => a.localeCompare(b, "ja"));
    prompts.set(r.questionId, { prompt: q.prompt, kind: q.kind, options, answer: ordering ? null : (q.answer as string) });
  }
  const analysis = analyzeItems(rows.map((r) => ({ attemptId: r.attemptId, questionId: r.questionId, score: r.score ?? 0, timeMs: r.timeMs })));
  return {
    title: a.title,
    attempts: analysis.attempts,
    items: analysis.items.map((i) => ({ ...i, ...(prompts.get(i.questionId) ?? { prompt: i.questionId, kind: "", options: [], answer: null }) })),
  };
}
