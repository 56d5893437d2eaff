import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { getDocumentBySlug } from "@/lib/documents/queries";
import { formatDateAtPrecision, type Precision } from "@/lib/dates/format";
import { DocumentText } from "@/components/document-text";
import type { RubyAnnotation, TextBlock } from "@/lib/facts/types";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params) {
  const doc = await getDocumentBySlug(db, (await params).slug);
  return { title: doc?.title ?? "404" };
}

export default async function DocumentPage({ params }: Params) {
  const { slug } = await params;
  const [doc, t, locale] = await Promise.all([getDocumentBySlug(db, slug), getTranslations("documents"), getLocale()]);
  if (!doc) notFound();
  const annotations = doc.annotations as { ruby?: RubyAnnotation[]; blocks?: TextBlock[] };
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold leading-snug">{doc.title}</h1>
        <p className="text-sm text-stone-600">
          {doc.publisher}
          {doc.publishedAt && ` · ${formatDateAtPrecision(doc.publishedAt, doc.publishedPrecision as Precision | null, locale === "en" ? "en" : "ja")}`}
        </p>
      </header>
      <section aria-label={t("text")} className="rounded border border-stone-200 bg-white p-4 sm:p-6">
        <DocumentText text={doc.text} ruby={annotations.ruby ?? []} blocks={annotations.blocks ?? []} />
      </section>
    </article>
  );
}
