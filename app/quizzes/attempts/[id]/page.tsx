import { redirect } from "next/navigation";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { requireViewer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getAttemptView } from "@/lib/quiz/attempt-view";
import { orNotFound } from "@/lib/quiz/page-errors";

export const dynamic = "force-dynamic";

export default async function AttemptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireViewer(`/quizzes/attempts/${id}`);
  const view = await orNotFound(getAttemptView(db, user, id, new Date()));
  if (view.status === "submitted") redirect(`/quizzes/attempts/${id}/results`);
  return <QuizRunner initial={view} />;
}
