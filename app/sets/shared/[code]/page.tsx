import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CopySetButton } from "@/components/sets/copy-set-button";
import { requireViewer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getSharedSet } from "@/lib/sets/manage-set";

export const dynamic = "force-dynamic";
type Params = { params: Promise<{ code: string }> };

export default async function SharedSetPage({ params }: Params) {
  const { code } = await params;
  await requireViewer(`/sets/shared/${code}`);
  const [t, set] = await Promise.all([getTranslations("sets"), getSharedSet(db, code)]);
  if (!set) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("shared.title", { title: set.title })}</h1>
      {set.description && <p>{set.description}</p>}
      <p className="text-sm text-stone-600">{t("cards", { count: set._count.cards })}{set.owner && ` · ${t("byOwner", { name: set.owner.name })}`}</p>
      <CopySetButton setId={set.id} shareCode={code} label={t("shared.save")} />
    </div>
  );
}
