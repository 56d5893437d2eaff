"use client";
// Dashboard charts (recharts). Each chart has a text alternative: a table in a <details>.
import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Dashboard } from "@/lib/progress/dashboard";
import { wrapLabel } from "@/lib/progress/wrap-label";

/** Axis width for set titles, and the half-width characters that fit on one line of it. */
const TITLE_AXIS_PX = 150;
const TITLE_UNITS = 24;
const TITLE_LINES = 3;

/** A set title on the category axis, wrapped onto up to three lines rather than clipped. */
function TitleTick({ x, y, payload }: { x?: number; y?: number; payload?: { value?: unknown } }) {
  const lines = wrapLabel(String(payload?.value ?? ""), TITLE_UNITS, TITLE_LINES);
  const top = -((lines.length - 1) * 13) / 2;
  return (
    <text x={x} y={y} textAnchor="end" fontSize={11} fill="#44403c">
      {lines.map((l, i) => (
        <tspan key={i} x={x} dx={-4} dy={i === 0 ? top + 4 : 13}>{l}</tspan>
      ))}
    </text>
  );
}

function DataTable({ rows, columns }: { rows: Record<string, unknown>[]; columns: { key: string; label: string }[] }) {
  const t = useTranslations("dashboard");
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-accent">{t("tableSummary")}</summary>
      <table className="mt-2 w-full border-collapse">
        <thead>
          <tr>{columns.map((c) => <th key={c.key} scope="col" className="border border-stone-200 px-2 text-left">{c.label}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>{columns.map((c) => <td key={c.key} className="border border-stone-200 px-2">{String(r[c.key] ?? "—")}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded border border-stone-200 bg-white p-4" aria-label={title}>
      <h2 className="mb-2 font-bold">{title}</h2>
      {children}
    </section>
  );
}

export function DashboardCharts({ data }: { data: Dashboard }) {
  const t = useTranslations("dashboard");
  const target = Math.round(data.desiredRetention * 100);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Panel title={t("perDayTitle")}>
        {data.perDay.every((d) => d.total === 0) ? (
          <p className="flex h-56 items-center justify-center rounded bg-stone-50 p-4 text-center text-sm text-stone-600">{t("reviewsEmpty")}</p>
        ) : (
        <div className="h-56" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart accessibilityLayer={false} data={data.perDay}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="day" fontSize={11} />
              <YAxis allowDecimals={false} fontSize={11} width={30} />
              <Tooltip />
              <Legend />
              <Bar dataKey="passed" stackId="a" name={t("passed")} fill="#2f855a" />
              <Bar dataKey="again" stackId="a" name={t("again")} fill="#9b2c2c" />
            </BarChart>
          </ResponsiveContainer>
        </div>
        )}
        <DataTable rows={data.perDay.filter((d) => d.total > 0)} columns={[{ key: "day", label: t("day") }, { key: "passed", label: t("passed") }, { key: "again", label: t("again") }]} />
      </Panel>
      <Panel title={t("retentionTitle")}>
        <p className="text-sm text-stone-600">{t("target", { value: target })}</p>
        {data.perDay.every((d) => d.retention === null) ? (
          <p className="flex h-52 items-center justify-center rounded bg-stone-50 p-4 text-center text-sm text-stone-600" data-testid="retention-empty">{t("retentionEmpty")}</p>
        ) : (
        <div className="h-52" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart accessibilityLayer={false} data={data.perDay}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="day" fontSize={11} />
              <YAxis domain={[0, 100]} fontSize={11} width={30} />
              <Tooltip />
              <Line type="monotone" dataKey="retention" name={t("retention")} stroke="#2b6cb0" connectNulls dot />
            </LineChart>
          </ResponsiveContainer>
        </div>
        )}
        <DataTable rows={data.perDay.filter((d) => d.retention !== null)} columns={[{ key: "day", label: t("day") }, { key: "retention", label: t("retention") }]} />
      </Panel>
      <Panel title={t("forecastTitle")}>
        <div className="h-52" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart accessibilityLayer={false} data={data.forecast}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="day" fontSize={11} />
              <YAxis allowDecimals={false} fontSize={11} width={30} />
              <Tooltip />
              <Bar dataKey="due" name={t("due")} fill="#9b2c2c" />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <DataTable rows={data.forecast.filter((d) => d.due > 0)} columns={[{ key: "day", label: t("day") }, { key: "due", label: t("due") }]} />
      </Panel>
      <Panel title={t("masteryTitle")}>
        {data.mastery.length === 0 ? (
          <p className="text-sm text-stone-600">{t("noData")}</p>
        ) : (
          <>
            <div style={{ height: Math.max(120, data.mastery.length * 52 + 60) }} aria-hidden="true">
              <ResponsiveContainer width="100%" height="100%">
                <BarChart accessibilityLayer={false} data={data.mastery} layout="vertical" margin={{ left: 10 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis type="number" allowDecimals={false} fontSize={11} />
                  <YAxis type="category" dataKey="title" width={TITLE_AXIS_PX} interval={0} tick={<TitleTick />} />
                  <Tooltip />
                  <Legend />
                  <Bar dataKey="mature" stackId="m" name={t("mature")} fill="#2f855a" />
                  <Bar dataKey="young" stackId="m" name={t("young")} fill="#d69e2e" />
                  <Bar dataKey="new" stackId="m" name={t("new")} fill="#cbd5e0" />
                </BarChart>
              </ResponsiveContainer>
            </div>
            <ul className="mt-2 space-y-1 text-sm" data-testid="mastery-list">
              {data.mastery.map((m) => <li key={m.id}>{t("masteryRow", { title: m.title, mature: m.mature, young: m.young, new: m.new, percent: m.percent })}</li>)}
            </ul>
          </>
        )}
      </Panel>
    </div>
  );
}
