import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDuration } from "@/lib/assignments/format";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { buildGradebook } from "@/lib/gradebook/gradebook";
import { orNotFound } from "@/lib/quiz/page-errors";

export const dynamic = "force-dynamic";

export default async function GradebookPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("class:manage", `/classes/${id}/gradebook`);
  const [t, ta] = await Promise.all([getTranslations("gradebook"), getTranslations("assignments")]);
  const book = await orNotFound(buildGradebook(db, user, id, new Date()));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title", { name: book.cls.name })}</h1>
      <a href={`/api/classes/${id}/gradebook?format=csv`} className="inline-block rounded border border-accent px-3 py-1 text-accent" download>{t("csv")}</a>
      {book.learners.length === 0 || book.assignments.length === 0 ? <p>{t("none")}</p> : (
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse bg-white text-sm" data-testid="gradebook">
            <thead>
              <tr>
                <th scope="col" className="border border-stone-200 p-2 text-left">{t("learner")}</th>
                {book.assignments.map((a) => (
                  <th key={a.id} scope="col" className="border border-stone-200 p-2 text-left">
                    <Link href={`/assignments/${a.id}`} className="underline">{a.title}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {book.learners.map((l) => (
                <tr key={l.id}>
                  <th scope="row" className="border border-stone-200 p-2 text-left font-normal">
                    <Link href={`/classes/${id}/learners/${l.id}`} className="text-accent underline">{l.name}</Link>
                  </th>
                  {l.cells.map((c) => {
                    const d = formatDuration(c.timeSpentMs);
                    return (
                      <td key={c.assignmentId} className={`border border-stone-200 p-2 ${c.late || c.status === "missing" ? "bg-red-50" : ""}`}>
                        <div className="font-medium">{c.percent === null ? "—" : `${c.percent}%`}</div>
                        <div>{ta(`status_${c.status}`)}</div>
                        <div className="text-stone-500">{t("time", d)}</div>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
