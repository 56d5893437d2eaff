import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { currentViewer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getReaderData } from "@/lib/documents/reader-data";
import { formatDateAtPrecision, type Precision } from "@/lib/dates/format";
import { Reader } from "@/components/reader/reader";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params) {
  const doc = await db.document.findUnique({ where: { slug: (await params).slug }, select: { title: true } });
  return { title: doc?.title ?? "404" };
}

export default async function DocumentPage({ params }: Params) {
  const { slug } = await params;
  const [user, locale] = await Promise.all([currentViewer(), getLocale()]);
  const data = await getReaderData(db, slug, user);
  if (!data) notFound();
  const { doc } = data;
  const lang = locale === "en" ? "en" : "ja";
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold leading-snug">{doc.title}</h1>
        <p className="text-sm text-stone-600">
          {[doc.publisher, doc.publishedAt && formatDateAtPrecision(doc.publishedAt, doc.publishedPrecision as Precision | null, lang)]
            .filter(Boolean)
            .join(" · ")}
        </p>
      </header>
      <Reader documentId={doc.id} text={doc.text} ruby={data.ruby} blocks={data.blocks} facts={data.facts} canReview={data.canReview} locale={lang} />
    </article>
  );
}
