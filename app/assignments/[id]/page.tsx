import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DeleteAssignmentButton, DuplicateAssignmentForm, ExtensionRow } from "@/components/classes/assignment-admin";
import { AssignmentForm } from "@/components/classes/class-forms";
import { StartAttemptButton } from "@/components/quiz/start-attempt-button";
import { listExtensions } from "@/lib/assignments/manage-assignment";
import { zoneAbbreviation } from "@/lib/dates/zoned";
import { listAssignableSets } from "@/lib/quiz/cards";
import { listOwnQuizzes } from "@/lib/quiz/list-quizzes";
import { formatDue } from "@/lib/assignments/format";
import { answersReleased, startDecision, type AttemptCount, type LearnerWindow } from "@/lib/quiz/learner-window";
import { loadAttemptCount, loadLearnerWindow } from "@/lib/quiz/load-standing";
import { cellOf, loadProgress } from "@/lib/assignments/progress";
import { requireViewer } from "@/lib/auth/session";
import { requireAssignmentAccess } from "@/lib/classes/guards";
import { db } from "@/lib/db/client";
import { orNotFound } from "@/lib/quiz/page-errors";
import { userTimeZone } from "@/lib/users/time-zone";

export const dynamic = "force-dynamic";

export default async function AssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireViewer(`/assignments/${id}`);
  const [t, tq, locale] = await Promise.all([getTranslations("assignments"), getTranslations("quiz"), getLocale()]);
  const { assignment: a, owner } = await orNotFound(requireAssignmentAccess(db, user, id));
  const now = new Date();
  const timeZone = await userTimeZone(db, user.id);
  const date = (d: Date) => formatDue(d, locale, timeZone);
  // Progress first: it settles expired attempts, so the counts below are current.
  const cell = owner ? null : cellOf(await loadProgress(db, [a], [user.id], now), a.id, user.id);
  const window: LearnerWindow | null = owner ? null : await loadLearnerWindow(db, a, user.id);
  const quiz = a.kind === "quiz" && a.quizId
    ? await db.quiz.findUnique({ where: { id: a.quizId }, select: { id: true, questionCount: true, timeLimitSec: true, perQuestionSec: true, attemptsAllowed: true, showAnswers: true } })
    : null;
  const count: AttemptCount | null = window && quiz ? await loadAttemptCount(db, a.id, quiz.id, user.id, quiz.attemptsAllowed) : null;
  const decision = window && count ? startDecision(window, count, now) : null;
  const attempts = !owner && quiz
    ? await db.quizAttempt.findMany({ where: { assignmentId: a.id, userId: user.id }, orderBy: { startedAt: "asc" }, select: { id: true, status: true, score: true, maxScore: true } })
    : [];
  const limitSec = a.timeLimitSec ?? quiz?.timeLimitSec ?? null;
  const released = quiz && window && count ? answersReleased({ policy: quiz.showAnswers, staff: false, now, assignment: { window, attempts: count } }) : false;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{a.title}</h1>
      <p className="text-stone-700">
        {t("class", { name: a.class.name })} · {t("opens", { date: date(a.opensAt) })} · {t("due", { date: date(window?.dueAt ?? a.dueAt) })}
        {window?.extended && <> · <span data-testid="extended">{t("extended")}</span></>}
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
      {quiz && (
        <section aria-labelledby="quiz-info" className="rounded border border-stone-200 bg-white p-4">
          <h2 id="quiz-info" className="mb-2 font-semibold">{t("infoTitle")}</h2>
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]" data-testid="quiz-info">
            <dt className="font-medium">{t("infoQuestions")}</dt>
            <dd>{tq("questions", { count: quiz.questionCount })}</dd>
            <dt className="font-medium">{t("infoTimeLimit")}</dt>
            <dd>{limitSec ? tq("minutes", { count: Math.round(limitSec / 60) }) : quiz.perQuestionSec ? t("perQuestionLimit", { seconds: quiz.perQuestionSec }) : tq("untimed")}</dd>
            <dt className="font-medium">{t("infoAttempts")}</dt>
            <dd data-testid="attempts-left">
              {quiz.attemptsAllowed == null ? t("attemptsUnlimited") : t("attemptsLeft", { left: Math.max(0, quiz.attemptsAllowed - (count?.attemptsUsed ?? 0)), total: quiz.attemptsAllowed })}
            </dd>
            <dt className="font-medium">{t("infoDue")}</dt>
            <dd>{date(window?.dueAt ?? a.dueAt)}</dd>
            <dt className="font-medium">{t("infoLate")}</dt>
            <dd data-testid="late-rule">{window?.lateUntil ?? a.lateUntil ? t("lateAccepted", { date: date((window?.lateUntil ?? a.lateUntil)!) }) : t("lateRefused")}</dd>
            <dt className="font-medium">{t("infoAnswers")}</dt>
            <dd>{t(`answers_${quiz.showAnswers === "after_due" ? "after_due" : quiz.showAnswers === "never" ? "never" : "after_submit"}`)}</dd>
          </dl>
        </section>
      )}
      {!owner && quiz && count && decision && (
        count.hasOpenAttempt ? (
          <StartAttemptButton quizId={quiz.id} assignmentId={a.id} label={t("resumeQuiz")} />
        ) : decision.ok ? (
          <>
            {decision.late && <p className="text-sm text-red-700">{t("lateNote")}</p>}
            <StartAttemptButton quizId={quiz.id} assignmentId={a.id} label={t("startQuiz")} />
          </>
        ) : (
          <p className="rounded bg-stone-100 p-3" data-testid="cannot-start">{t(`cannotStart_${decision.reason}`)}</p>
        )
      )}
      {!owner && a.kind === "study" && a.setId && <Link href={`/study/${a.setId}`} className="text-accent underline">{t("study")}</Link>}
      {attempts.some((x) => x.status === "submitted") && (
        <section aria-labelledby="my-attempts" className="space-y-1">
          <h2 id="my-attempts" className="font-semibold">{tq("attemptsMine")}</h2>
          {!released && quiz?.showAnswers !== "never" && <p className="text-sm text-stone-600">{t("answersLater")}</p>}
          {attempts.filter((x) => x.status === "submitted").map((x) => (
            <p key={x.id}><Link className="text-accent underline" href={`/quizzes/attempts/${x.id}/results`}>{x.score ?? 0} / {x.maxScore ?? 0}</Link></p>
          ))}
        </section>
      )}
      {owner && a.kind === "quiz" && <p><Link href={`/assignments/${a.id}/items`} className="text-accent underline">{t("itemAnalysis")}</Link></p>}
      {owner && quiz && <p><Link href={`/quizzes/${quiz.id}/questions`} className="text-accent underline">{tq("previewLink")}</Link></p>}
      {owner && <OwnerTools assignment={a} userId={user.id} role={user.role} timeZone={timeZone} locale={locale} />}
    </div>
  );
}

type OwnedAssignment = Awaited<ReturnType<typeof requireAssignmentAccess>>["assignment"];

async function OwnerTools({ assignment: a, userId, role, timeZone, locale }: { assignment: OwnedAssignment; userId: string; role: "learner" | "instructor"; timeZone: string; locale: string }) {
  const t = await getTranslations("assignments");
  const viewer = { id: userId, role };
  const [learners, attempts, sets, quizzes, classes] = await Promise.all([
    listExtensions(db, viewer, a.id),
    db.quizAttempt.count({ where: { assignmentId: a.id } }),
    listAssignableSets(db, userId),
    listOwnQuizzes(db, viewer),
    db.class.findMany({ where: { ownerId: userId, id: { not: a.classId } }, orderBy: { createdAt: "asc" }, select: { id: true, name: true } }),
  ]);
  const zoneName = zoneAbbreviation(timeZone, locale);
  return (
    <>
      <section aria-labelledby="extensions" className="space-y-2">
        <h2 id="extensions" className="text-lg font-semibold">{t("extensions")}</h2>
        <p className="text-sm text-stone-600">{t("extensionsHint")}</p>
        {learners.length === 0 ? <p>{t("noLearners")}</p> : (
          <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
            {learners.map((l) => (
              <ExtensionRow key={l.id} assignmentId={a.id} learner={{ id: l.id, name: l.name, dueAt: l.dueAt?.toISOString() ?? null }} timeZone={timeZone} zoneName={zoneName} defaultDue={a.dueAt.toISOString()} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="edit" className="space-y-2">
        <h2 id="edit" className="text-lg font-semibold">{t("edit")}</h2>
        <AssignmentForm
          classId={a.classId}
          timeZone={timeZone}
          zoneName={zoneName}
          sets={sets.map((s) => ({ id: s.id, title: s.title }))}
          quizzes={quizzes.map((q) => ({ id: q.id, title: q.title }))}
          initial={{
            id: a.id, title: a.title, kind: a.kind === "quiz" ? "quiz" : "study", setId: a.setId, quizId: a.quizId,
            opensAt: a.opensAt.toISOString(), dueAt: a.dueAt.toISOString(), lateUntil: a.lateUntil?.toISOString() ?? null,
            timeLimitSec: a.timeLimitSec, targetReviews: a.targetReviews, targetMastery: a.targetMastery,
          }}
        />
      </section>
      <section aria-labelledby="manage" className="flex flex-wrap items-end gap-4">
        <h2 id="manage" className="sr-only">{t("manage")}</h2>
        <DuplicateAssignmentForm assignmentId={a.id} classes={classes} />
        <DeleteAssignmentButton assignmentId={a.id} classId={a.classId} attempts={attempts} />
      </section>
    </>
  );
}
