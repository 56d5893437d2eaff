import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDue, formatDuration } from "@/lib/assignments/format";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { learnerDetail } from "@/lib/gradebook/gradebook";
import { orNotFound } from "@/lib/quiz/page-errors";

export const dynamic = "force-dynamic";

export default async function LearnerPage({ params }: { params: Promise<{ id: string; userId: string }> }) {
  const { id, userId } = await params;
  const user = await requirePermission("class:manage", `/classes/${id}/learners/${userId}`);
  const [t, ta, locale] = await Promise.all([getTranslations("gradebook"), getTranslations("assignments"), getLocale()]);
  const d = await orNotFound(learnerDetail(db, user, id, userId, new Date()));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("detail", { name: d.learner.name })}</h1>
      <ul className="space-y-4">
        {d.assignments.map((a, i) => {
          const c = d.learner.cells[i]!;
          const mine = d.attempts.filter((x) => x.assignmentId === a.id);
          return (
            <li key={a.id} className="space-y-1 rounded border border-stone-200 bg-white p-3">
              <p className="font-medium">{a.title} — {ta(`status_${c.status}`)} {c.percent !== null && `· ${c.percent}%`} · {t("time", formatDuration(c.timeSpentMs))}</p>
              {mine.length > 0 && (
                <ul className="text-sm">
                  {mine.map((x) => (
                    <li key={x.id}>
                      {t("started")} {formatDue(x.startedAt, locale)} · {t("scoreCol")} {x.score ?? "—"} / {x.maxScore ?? "—"}
                      {x.autoSubmitted && ` · ${t("auto")}`}
                      {x.status === "submitted" && <> · <Link className="text-accent underline" href={`/quizzes/attempts/${x.id}/results`}>{t("view")}</Link></>}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
