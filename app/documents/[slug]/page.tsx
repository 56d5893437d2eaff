import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { currentViewer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getReaderData } from "@/lib/documents/reader-data";
import { formatDateAtPrecision, type Precision } from "@/lib/dates/format";
import { Reader } from "@/components/reader/reader";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };
type PageProps = Params & { searchParams: Promise<{ status?: string | string[] }> };
const STATUSES = ["all", "pending", "approved", "rejected"];

export async function generateMetadata({ params }: Params) {
  const doc = await db.document.findUnique({ where: { slug: (await params).slug }, select: { title: true } });
  return { title: doc?.title ?? "404" };
}

export default async function DocumentPage({ params, searchParams }: PageProps) {
  const { slug } = await params;
  const wanted = (await searchParams).status;
  const initialStatus = typeof wanted === "string" && STATUSES.includes(wanted) ? wanted : "all";
  const [user, locale, t] = await Promise.all([currentViewer(), getLocale(), getTranslations("documents")]);
  const data = await getReaderData(db, slug, user);
  if (!data) notFound();
  const { doc } = data;
  const lang = locale === "en" ? "en" : "ja";
  const pending = data.facts.filter((f) => f.status === "pending").length;
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold leading-snug">{doc.title}</h1>
        <p className="text-sm text-stone-600">
          {[doc.publisher, doc.publishedAt && formatDateAtPrecision(doc.publishedAt, doc.publishedPrecision as Precision | null, lang)]
            .filter(Boolean)
            .join(" · ")}
        </p>
        {data.canReview && pending > 0 && (
          <p><span className="rounded bg-amber-100 px-2 text-sm font-medium text-amber-900" data-testid="pending-facts">{t("pendingFacts", { count: pending })}</span></p>
        )}
      </header>
      <Reader documentId={doc.id} text={doc.text} ruby={data.ruby} blocks={data.blocks} facts={data.facts} canReview={data.canReview} locale={lang} initialStatus={initialStatus} />
    </article>
  );
}
