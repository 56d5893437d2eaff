import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDateAtPrecision, type Precision } from "@/lib/dates/format";

export interface DocumentSummary {
  slug: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  publishedPrecision: string | null;
  origin: string;
  text: string;
}

/**
 * `headingLevel`: the card's title is a heading one level below the section it is listed in.
 * `pendingFacts`: facts still to review, shown to the document's reviewer (undefined for others).
 */
export async function DocumentCard({
  doc,
  locale,
  headingLevel = 3,
  pendingFacts,
}: {
  doc: DocumentSummary;
  locale: "ja" | "en";
  headingLevel?: 2 | 3;
  pendingFacts?: number;
}) {
  const t = await getTranslations("documents");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="rounded border border-stone-200 bg-white p-4 shadow-sm">
      <Heading className="text-lg font-bold leading-snug">
        <Link href={`/documents/${doc.slug}`} className="hover:underline">{doc.title}</Link>
      </Heading>
      <div className="mt-2 flex flex-wrap items-center gap-x-6 gap-y-1 text-sm text-stone-600">
        <dl className="contents">
          {doc.publisher && (
            <div className="flex gap-1"><dt>{t("publisher")}:</dt><dd>{doc.publisher}</dd></div>
          )}
          {doc.publishedAt && (
            <div className="flex gap-1">
              <dt>{t("published")}:</dt>
              <dd>{formatDateAtPrecision(doc.publishedAt, doc.publishedPrecision as Precision | null, locale)}</dd>
            </div>
          )}
        </dl>
        <span>{t("characters", { count: doc.text.length })}</span>
        {doc.origin === "builtin" && <span className="rounded bg-accent-soft px-2 text-accent">{t("builtin")}</span>}
        {!!pendingFacts && (
          <Link href={`/documents/${doc.slug}?status=pending`} className="rounded bg-amber-100 px-2 font-medium text-amber-900 underline" data-testid="pending-facts">
            {t("pendingFacts", { count: pendingFacts })}
          </Link>
        )}
      </div>
    </article>
  );
}
