import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { JoinForm } from "@/components/classes/class-forms";
import { requireViewer } from "@/lib/auth/session";
import { findClassByCode } from "@/lib/classes/join-class";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await requireViewer(`/join/${encodeURIComponent(code)}`);
  const t = await getTranslations("classes");
  const cls = await findClassByCode(db, code);
  if (!cls) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("joinPageTitle")}</h1>
      <p>{t("joinPrompt", { owner: cls.owner.name, name: cls.name })}</p>
      {user.role === "learner" ? <JoinForm code={code} /> : <p role="alert">{t("instructorsCannotJoin")}</p>}
    </div>
  );
}
