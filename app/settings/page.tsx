import { getTranslations } from "next-intl/server";
import { AccountSettings } from "@/components/auth/account-settings";
import { FsrsOptimizer } from "@/components/study/fsrs-optimizer";
import { SettingsForm } from "@/components/study/settings-form";
import { requireViewer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { DEFAULT_FSRS_PARAMETERS, MIN_REVIEWS_TO_OPTIMIZE } from "@/lib/srs/parameters";
import { loadStudySettings } from "@/lib/study/load-queue";
import { countReviews } from "@/lib/study/count-reviews";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage() {
  const user = await requireViewer("/settings");
  const [t, settings, reviewCount] = await Promise.all([getTranslations("settings"), loadStudySettings(db, user.id), countReviews(db, user.id)]);
  const zones = Intl.supportedValuesOf("timeZone");
  if (!zones.includes(settings.timeZone)) zones.unshift(settings.timeZone);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <SettingsForm initial={settings} timeZones={zones} />
      <FsrsOptimizer reviewCount={reviewCount} minimum={MIN_REVIEWS_TO_OPTIMIZE} parameters={settings.fsrsParameters} defaults={DEFAULT_FSRS_PARAMETERS} />
      <AccountSettings />
    </div>
  );
}
