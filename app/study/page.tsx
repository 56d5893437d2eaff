import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { setDueCounts } from "@/lib/progress/set-due-counts";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("study");
  return { title: t("title") };
}

export default async function StudyPage() {
  const user = await requireViewer("/study");
  const [t, sets] = await Promise.all([getTranslations("study"), setDueCounts(db, user.id)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700">{t("intro")}</p>
      <p><Link href="/settings" className="text-accent underline">{t("settingsLink")}</Link></p>
      <p><Link href="/study/all" className="text-accent underline">{t("allStarted")}</Link></p>
      {sets.length === 0 ? (
        <p>{t("noSets")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" data-testid="study-sets">
          {sets.map((s) => (
            <li key={s.id} className="flex flex-col justify-between gap-2 rounded border border-stone-200 bg-white p-4">
              <div>
                <h2 className="font-bold leading-snug">{s.title}</h2>
                <p className="text-sm text-stone-600">{t("due", { learning: s.due.learning, review: s.due.review, new: s.due.new })}</p>
              </div>
              <Link href={`/study/${s.id}`} className="self-start rounded bg-accent px-3 py-1 text-white" aria-label={`${t("start")}：${s.title}`}>
                {t("start")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
