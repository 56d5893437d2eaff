import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StartAttemptButton } from "@/components/quiz/start-attempt-button";
import { formatDue } from "@/lib/assignments/format";
import { cellOf, loadProgress } from "@/lib/assignments/progress";
import { requireViewer } from "@/lib/auth/session";
import { requireAssignmentAccess } from "@/lib/classes/guards";
import { db } from "@/lib/db/client";
import { orNotFound } from "@/lib/quiz/page-errors";

export const dynamic = "force-dynamic";

export default async function AssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireViewer(`/assignments/${id}`);
  const [t, locale] = await Promise.all([getTranslations("assignments"), getLocale()]);
  const { assignment: a, owner } = await orNotFound(requireAssignmentAccess(db, user, id));
  const now = new Date();
  const cell = owner ? null : cellOf(await loadProgress(db, [a], [user.id], now), a.id, user.id);
  const attempts = !owner && a.kind === "quiz"
    ? await db.quizAttempt.findMany({ where: { assignmentId: a.id, userId: user.id }, orderBy: { startedAt: "asc" }, select: { id: true, status: true, score: true, maxScore: true } })
    : [];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{a.title}</h1>
      <p className="text-stone-700">
        {t("class", { name: a.class.name })} · {t("opens", { date: formatDue(a.opensAt, locale) })} · {t("due", { date: formatDue(a.dueAt, locale) })}
      </p>
      {a.kind === "study" && (
        <p>{a.targetReviews != null ? t("target_reviews", { count: a.targetReviews }) : t("target_mastery", { percent: Math.round((a.targetMastery ?? 0) * 100) })}</p>
      )}
      {cell && (
        <p>
          {t("status")}: <span data-testid="assignment-status" className="font-medium">{t(`status_${cell.status}`)}</span>
          {cell.percent !== null && <> · {t("progress", { percent: cell.percent })}</>}
        </p>
      )}
      {!owner && now >= a.dueAt && <p className="text-sm text-red-700">{t("lateNote")}</p>}
      {!owner && a.kind === "quiz" && a.quizId && now >= a.opensAt && (
        <StartAttemptButton quizId={a.quizId} assignmentId={a.id} label={t("startQuiz")} />
      )}
      {!owner && a.kind === "study" && <Link href="/study" className="text-accent underline">{t("study")}</Link>}
      {attempts.filter((x) => x.status === "submitted").map((x) => (
        <p key={x.id}><Link className="text-accent underline" href={`/quizzes/attempts/${x.id}/results`}>{x.score ?? 0} / {x.maxScore ?? 0}</Link></p>
      ))}
      {owner && a.kind === "quiz" && <Link href={`/assignments/${a.id}/items`} className="text-accent underline">{t("itemAnalysis")}</Link>}
    </div>
  );
}
