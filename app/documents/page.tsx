import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { listDocuments } from "@/lib/documents/queries";
import { DocumentCard } from "@/components/document-card";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("documents");
  return { title: t("title") };
}

export default async function DocumentsPage() {
  const [t, docs, locale] = await Promise.all([getTranslations("documents"), listDocuments(db), getLocale()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {docs.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="grid gap-4" data-testid="document-list">
          {docs.map((d) => (
            <li key={d.id}><DocumentCard doc={d} locale={locale === "en" ? "en" : "ja"} /></li>
          ))}
        </ul>
      )}
    </div>
  );
}
