import { getTranslations } from "next-intl/server";
import { DashboardCharts } from "@/components/charts/dashboard-charts";
import { requireViewer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadDashboard } from "@/lib/progress/dashboard";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

export default async function DashboardPage() {
  const user = await requireViewer("/dashboard");
  const [t, data] = await Promise.all([getTranslations("dashboard"), loadDashboard(db, user.id)]);
  const stat = (label: string, value: string) => (
    <div className="rounded border border-stone-200 bg-white p-3">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="text-2xl font-bold">{value}</dd>
    </div>
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <dl className="grid gap-3 sm:grid-cols-3" data-testid="dashboard-totals">
        {stat(t("reviews30"), String(data.totals.reviews30))}
        {stat(t("cardsStarted"), String(data.totals.cardsStarted))}
        {stat(t("retention"), data.totals.retention === null ? t("noData") : `${data.totals.retention}%`)}
      </dl>
      <p className="text-sm text-stone-600">{t("timeZone", { zone: data.timeZone })}</p>
      <DashboardCharts data={data} />
    </div>
  );
}
