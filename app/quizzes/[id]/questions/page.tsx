import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { QuizQuestionsEditor } from "@/components/quiz/quiz-questions-editor";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadQuizPreview } from "@/lib/quiz/load-quiz-preview";
import { orNotFound } from "@/lib/quiz/page-errors";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("quiz"))("preview.title") };
}

export default async function QuizQuestionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("quiz:create", `/quizzes/${id}/questions`);
  const t = await getTranslations("quiz");
  const preview = await orNotFound(loadQuizPreview(db, user, id));
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold leading-snug">{t("preview.title")}: {preview.quiz.title}</h1>
        <p className="text-sm text-stone-600">{t("preview.summary", { set: preview.quiz.setTitle, count: preview.questions.length || preview.quiz.questionCount })}</p>
        <p className="text-stone-700">{t("preview.intro")}</p>
        {preview.quiz.ownerId === user.id && (
          <Link href={`/quizzes/${preview.quiz.id}`} className="text-sm text-accent underline">{t("preview.back")}</Link>
        )}
      </header>
      <QuizQuestionsEditor
        quizId={preview.quiz.id}
        attempts={preview.attempts}
        questions={preview.questions.map((q) => ({ ...q.question, edited: q.edited, sourceHref: q.sourceSlug ? `/documents/${q.sourceSlug}` : null }))}
      />
    </div>
  );
}
