import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StudySession } from "@/components/study/study-session";
import { requireViewer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getSetForUser } from "@/lib/sets/get-for-user";
import { loadStudyQueue } from "@/lib/study/load-queue";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ setId: string }> };

export default async function StudySetPage({ params }: Params) {
  const { setId } = await params;
  const user = await requireViewer(`/study/${setId}`);
  const t = await getTranslations("study");
  const realId = setId === "all" ? null : setId;
  const [set, loaded] = await Promise.all([realId ? getSetForUser(db, realId, user.id) : null, loadStudyQueue(db, user.id, realId)]);
  if (!loaded || (realId && !set)) notFound();
  const title = set?.title ?? t("allStarted");
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-xl font-bold leading-snug">{t("sessionTitle", { title })}</h1>
      <StudySession initial={loaded.queue} later={loaded.later} desiredRetention={loaded.settings.desiredRetention} parameters={loaded.settings.fsrsParameters} setId={realId} />
    </div>
  );
}
