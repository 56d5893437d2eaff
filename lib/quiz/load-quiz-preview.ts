// What an instructor previews of a quiz before assigning it: every fixed question with its
// answer and source, and how many attempts exist (they keep the questions they were asked).
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import { readFixedQuestions } from "./fixed-questions";
import { requireQuizEditor } from "./quiz-editor";

export async function loadQuizPreview(db: Db, viewer: Viewer, quizId: string) {
  const quiz = await requireQuizEditor(db, viewer, quizId);
  const [questions, attempts, set] = await Promise.all([
    readFixedQuestions(db, quizId),
    db.quizAttempt.count({ where: { quizId } }),
    db.cardSet.findUnique({ where: { id: quiz.setId }, select: { title: true } }),
  ]);
  const docIds = [...new Set(questions.map((q) => q.question.source.documentId))];
  const docs = await db.document.findMany({ where: { id: { in: docIds } }, select: { id: true, slug: true } });
  const slugOf = new Map(docs.map((d) => [d.id, d.slug]));
  return {
    quiz: { id: quiz.id, title: quiz.title, ownerId: quiz.ownerId, setTitle: set?.title ?? "", questionCount: quiz.questionCount, shuffle: quiz.shuffle },
    attempts,
    questions: questions.map((q) => ({ ...q, sourceSlug: slugOf.get(q.question.source.documentId) ?? null })),
  };
}
export type QuizPreview = Awaited<ReturnType<typeof loadQuizPreview>>;
