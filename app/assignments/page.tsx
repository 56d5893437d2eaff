import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDue } from "@/lib/assignments/format";
import { listAssignmentsForLearner } from "@/lib/assignments/list-for-learner";
import { requireViewer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("assignments"))("title") };
}

export default async function AssignmentsPage() {
  const user = await requireViewer("/assignments");
  const [t, locale] = await Promise.all([getTranslations("assignments"), getLocale()]);
  const rows = await listAssignmentsForLearner(db, user, new Date());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {rows.length === 0 ? <p>{t("none")}</p> : (
        <ul className="space-y-3" data-testid="my-assignments">
          {rows.map((a) => (
            <li key={a.id} className="rounded border border-stone-200 bg-white p-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <Link href={`/assignments/${a.id}`} className="font-medium text-accent underline">{a.title}</Link>
                <span data-testid="assignment-status" className={`rounded px-2 py-0.5 text-sm ${a.cell.status === "late" || a.cell.status === "missing" ? "bg-red-100 text-red-800" : "bg-accent-soft"}`}>
                  {t(`status_${a.cell.status}`)}
                </span>
              </div>
              <p className="text-sm text-stone-600">
                {t("class", { name: a.class.name })} · {t(`kind_${a.kind === "quiz" ? "quiz" : "study"}`)} · {t("due", { date: formatDue(a.dueAt, locale) })}
                {a.cell.percent !== null && <> · {t("progress", { percent: a.cell.percent })}</>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
