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
  items: (ItemStats & { prompt: string; kind: string })[];
}

export async function assignmentItemAnalysis(db: Db, viewer: Viewer, assignmentId: string, now: Date): Promise<ItemReport> {
  const a = await requireInstructorOfAssignment(db, viewer, assignmentId);
  if (a.kind !== "quiz") throw new HttpError(409, "not_a_quiz", "Item analysis is for quiz assignments.");
  await settleExpiredAttempts(db, { assignmentId }, now);
  const rows = await db.attemptQuestion.findMany({
    where: { attempt: { assignmentId, status: "submitted" } },
    select: { attemptId: true, questionId: true, score: true, timeMs: true, question: true },
  });
  const prompts = new Map<string, { prompt: string; kind: string }>();
  for (const r of rows) if (!prompts.has(r.questionId)) {
    const q = storedQuestion(r.question);
    prompts.set(r.questionId, { prompt: q.prompt, kind: q.kind });
  }
  const analysis = analyzeItems(rows.map((r) => ({ attemptId: r.attemptId, questionId: r.questionId, score: r.score ?? 0, timeMs: r.timeMs })));
  return {
    title: a.title,
    attempts: analysis.attempts,
    items: analysis.items.map((i) => ({ ...i, ...(prompts.get(i.questionId) ?? { prompt: i.questionId, kind: "" }) })),
  };
}
