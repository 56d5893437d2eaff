// The cards made from one fact (linked from the timeline and the positions matrix).
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CardList } from "@/components/sets/card-list";
import { currentViewer } from "@/lib/auth/session";
import { jsonStrings } from "@/lib/cards/from-rows";
import { db } from "@/lib/db/client";
import { visibleFactWhere } from "@/lib/documents/visibility";

export const dynamic = "force-dynamic";
type Params = { params: Promise<{ factId: string }> };

export default async function FactCardsPage({ params }: Params) {
  const { factId } = await params;
  const t = await getTranslations("sets");
  const viewer = await currentViewer();
  const fact = await db.fact.findFirst({
    where: { id: factId, status: "approved", ...visibleFactWhere(viewer) },
    select: { id: true, statement: true, quote: true, document: { select: { slug: true, title: true } }, cards: { where: { retired: false, origin: "generated" }, orderBy: { template: "asc" } } },
  });
  if (!fact) notFound();
  const href = `/documents/${fact.document.slug}#fact-${fact.id}`;
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-bold leading-snug" lang="ja">{fact.statement}</h1>
      <p className="text-sm text-stone-600" lang="ja">{t("source")}：{fact.quote} <Link href={href} className="text-accent underline">{t("readSource")}</Link></p>
      <h2 className="text-lg font-bold">{t("cardList")}</h2>
      <CardList setId="" canEdit={false} cards={fact.cards.map((c) => ({
          id: c.id,
          front: c.front,
          back: c.back,
          choices: jsonStrings(c.choices),
          answer: typeof c.answer === "string" ? c.answer : jsonStrings(c.answer),
          quote: null,
          href: null,
        }))} />
    </div>
  );
}
