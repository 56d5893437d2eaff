import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { UploadForm } from "@/components/documents/upload-form";

export async function generateMetadata() {
  return { title: (await getTranslations("upload"))("title") };
}

export default async function NewDocumentPage({ searchParams }: { searchParams: Promise<{ job?: string | string[] }> }) {
  await requirePermission("document:upload", "/documents/new");
  const job = (await searchParams).job;
  const t = await getTranslations("upload");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-stone-600">{t("intro")}</p>
      <UploadForm jobId={typeof job === "string" && job ? job : undefined} />
    </div>
  );
}
