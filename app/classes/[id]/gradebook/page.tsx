import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDuration } from "@/lib/assignments/format";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { buildGradebook } from "@/lib/gradebook/gradebook";
import { summarizeColumn } from "@/lib/gradebook/summary";
import { orNotFound } from "@/lib/quiz/page-errors";

export const dynamic = "force-dynamic";

export default async function GradebookPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ assignment?: string }> }) {
  const { id } = await params;
  const { assignment: only } = await searchParams;
  const user = await requirePermission("class:manage", `/classes/${id}/gradebook`);
  const [t, ta] = await Promise.all([getTranslations("gradebook"), getTranslations("assignments")]);
  const full = await orNotFound(buildGradebook(db, user, id, new Date()));
  // Filter by assignment (a plain GET form, so it works before the page's script loads).
  const keep = full.assignments.map((a) => !only || a.id === only);
  const book = {
    ...full,
    assignments: full.assignments.filter((_, i) => keep[i]),
    learners: full.learners.map((l) => ({ ...l, cells: l.cells.filter((_, i) => keep[i]) })),
  };
  const summaries = book.assignments.map((_, i) => summarizeColumn(book.learners.map((l) => l.cells[i]!)));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title", { name: book.cls.name })}</h1>
      <div className="flex flex-wrap items-end gap-4">
        <form method="get" className="flex flex-wrap items-end gap-2">
          <div className="space-y-1">
            <label htmlFor="gradebook-filter" className="block text-sm font-medium">{t("filter")}</label>
            <select id="gradebook-filter" name="assignment" defaultValue={only ?? ""} className="rounded border border-stone-300 bg-white px-3 py-2">
              <option value="">{t("allAssignments")}</option>
              {full.assignments.map((a) => <option key={a.id} value={a.id}>{a.title}</option>)}
            </select>
          </div>
          <button type="submit" className="rounded border border-stone-400 px-3 py-2 text-sm">{t("apply")}</button>
        </form>
        <a href={`/api/classes/${id}/gradebook?format=csv`} className="inline-block rounded border border-accent px-3 py-2 text-accent" download>{t("csv")}</a>
      </div>
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
                        <div>
                          {c.status === "late" || c.status === "missing" ? (
                            <span className="rounded bg-red-700 px-1.5 py-0.5 text-xs font-medium text-white" data-testid={`flag-${c.status}`}>{ta(`status_${c.status}`)}</span>
                          ) : ta(`status_${c.status}`)}
                          {c.extended && <span className="ml-1 rounded bg-stone-200 px-1.5 py-0.5 text-xs">{t("extendedFlag")}</span>}
                        </div>
                        <div className="text-stone-500">{t("time", d)}</div>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
            <tfoot data-testid="gradebook-summary">
              <tr>
                <th scope="row" className="border border-stone-200 p-2 text-left">{t("mean")}</th>
                {summaries.map((x, i) => <td key={i} className="border border-stone-200 p-2 font-medium">{x.mean === null ? "—" : `${x.mean}%`}</td>)}
              </tr>
              <tr>
                <th scope="row" className="border border-stone-200 p-2 text-left">{t("median")}</th>
                {summaries.map((x, i) => <td key={i} className="border border-stone-200 p-2 font-medium">{x.median === null ? "—" : `${x.median}%`}</td>)}
              </tr>
              <tr>
                <th scope="row" className="border border-stone-200 p-2 text-left">{t("lateMissing")}</th>
                {summaries.map((x, i) => <td key={i} className="border border-stone-200 p-2">{t("lateMissingCounts", { late: x.late, missing: x.missing })}</td>)}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}
