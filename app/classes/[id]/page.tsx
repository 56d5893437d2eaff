import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AssignmentForm, RemoveLearnerButton } from "@/components/classes/class-forms";
import { CopyButton } from "@/components/copy-button";
import { formatDue } from "@/lib/assignments/format";
import { listClassAssignments } from "@/lib/assignments/list-for-learner";
import { requireViewer } from "@/lib/auth/session";
import { requireMemberOrOwnerOf } from "@/lib/classes/guards";
import { joinLink } from "@/lib/classes/join-code";
import { getRoster } from "@/lib/classes/roster";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { listAssignableSets } from "@/lib/quiz/cards";
import { listOwnQuizzes } from "@/lib/quiz/list-quizzes";
import { orNotFound } from "@/lib/quiz/page-errors";
import { zoneAbbreviation } from "@/lib/dates/zoned";
import { userTimeZone } from "@/lib/users/time-zone";

export const dynamic = "force-dynamic";

export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireViewer(`/classes/${id}`);
  const [t, ta, locale] = await Promise.all([getTranslations("classes"), getTranslations("assignments"), getLocale()]);
  const { cls, owner } = await orNotFound(requireMemberOrOwnerOf(db, user, id));
  const [assignments, timeZone] = await Promise.all([listClassAssignments(db, id), userTimeZone(db, user.id)]);
  const list = (
    <section className="space-y-2">
      <h2 className="text-lg font-semibold">{ta("title")}</h2>
      {assignments.length === 0 ? <p>{ta("none")}</p> : (
        <ul className="space-y-2" data-testid="class-assignments">
          {assignments.map((a) => (
            <li key={a.id} className="rounded border border-stone-200 bg-white p-3">
              <Link href={`/assignments/${a.id}`} className="font-medium text-accent underline">{a.title}</Link>
              <span className="ml-2 text-sm text-stone-600">{ta(`kind_${a.kind === "quiz" ? "quiz" : "study"}`)} · {ta("due", { date: formatDue(a.dueAt, locale, timeZone) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  if (!owner) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">{cls.name}</h1>
        {list}
      </div>
    );
  }
  // From the validated configuration, not the request's Host / X-Forwarded-Proto (client-controlled).
  const { NEXTAUTH_URL, PORT } = env();
  const link = joinLink(NEXTAUTH_URL ?? `http://localhost:${PORT}`, cls.joinCode);
  const [{ learners }, sets, quizzes] = await Promise.all([getRoster(db, user, id), listAssignableSets(db, user.id), listOwnQuizzes(db, user)]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{cls.name}</h1>
      <dl className="grid gap-2 rounded bg-accent-soft p-4 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t("joinCode")}</dt>
        <dd className="flex flex-wrap items-center gap-3">
          <span className="font-mono text-lg" data-testid="join-code">{cls.joinCode}</span>
          <CopyButton value={cls.joinCode} label={t("copyCode")} />
        </dd>
        <dt className="font-medium">{t("joinLink")}</dt>
        <dd className="flex flex-wrap items-center gap-3">
          <span className="break-all font-mono text-sm" data-testid="join-link">{link}</span>
          <CopyButton value={link} label={t("copyLink")} />
        </dd>
      </dl>
      <p><Link href={`/classes/${id}/gradebook`} className="text-accent underline">{t("gradebook")}</Link></p>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("roster")}</h2>
        {learners.length === 0 ? <p>{t("noLearners")}</p> : (
          <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" data-testid="roster">
            {learners.map((l) => (
              <li key={l.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <span><Link className="underline" href={`/classes/${id}/learners/${l.id}`}>{l.name}</Link> <span className="text-sm text-stone-500">{l.email}</span></span>
                <RemoveLearnerButton classId={id} userId={l.id} name={l.name} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {list}
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{ta("create")}</h2>
        <AssignmentForm classId={id} timeZone={timeZone} zoneName={zoneAbbreviation(timeZone, locale)} sets={sets.map((s) => ({ id: s.id, title: s.title }))} quizzes={quizzes.map((q) => ({ id: q.id, title: q.title }))} />
      </section>
    </div>
  );
}
