import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { currentViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { listDocuments } from "@/lib/documents/queries";
import { pendingFactCounts } from "@/lib/facts/pending-counts";
import { DocumentCard } from "@/components/document-card";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("documents");
  return { title: t("title") };
}

export default async function DocumentsPage() {
  const [t, tu, docs, locale, user] = await Promise.all([getTranslations("documents"), getTranslations("upload"), currentViewer().then((v) => listDocuments(db, v)), getLocale(), currentViewer()]);
  const pending = await pendingFactCounts(db, user);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {can(user?.role, "document:upload") && (
          <Link href="/documents/new" className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-white">{tu("link")}</Link>
        )}
      </div>
      {docs.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="grid gap-4" data-testid="document-list">
          {docs.map((d) => (
            <li key={d.id}><DocumentCard doc={d} locale={locale === "en" ? "en" : "ja"} headingLevel={2} pendingFacts={pending.get(d.id)} /></li>
          ))}
        </ul>
      )}
    </div>
  );
}
