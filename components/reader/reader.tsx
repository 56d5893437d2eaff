// The reader: a document's text with its facts highlighted, and the list of those facts. Rendered
// on the server (decision 0018); what is interactive is a client island inside it — highlights and
// list items that follow the filters and the selected fact, the filters, and a reviewer's tools —
// all sharing the state of <ReaderProvider>.
import { getTranslations } from "next-intl/server";
import { formatDateAtPrecision, type Precision } from "@/lib/dates/format";
import type { ReaderFact } from "@/lib/documents/reader-data";
import type { RubyAnnotation, TextBlock } from "@/lib/facts/types";
import { DocumentText } from "./document-text";
import { FactCount, FactItem, FactPanel, FocusFactButton, NoFacts, ReaderFilters, ReaderMessage } from "./panel-islands";
import { ReaderProvider } from "./reader-state";
import { BulkReview, type EditableFact, FactPick, FactReviewActions, RerunExtraction, SelectionPanel } from "./review-islands";
import { isFactShown } from "@/lib/reader/fact-filter";

const KIND_BADGE: Record<string, string> = {
  event: "bg-amber-200 text-amber-900",
  agreement: "bg-sky-200 text-sky-900",
  position: "bg-rose-200 text-rose-900",
};

/** What a reviewer's edit form starts from (the card's island gets no more than it needs). */
const editable = ({ id, kind, statement, dateValue, datePrecision, actors, speaker, name, items, topics, status }: ReaderFact): EditableFact => ({
  id, kind, statement, dateValue, datePrecision, actors, speaker, name, items, topics, status,
});

interface Props {
  documentId: string;
  text: string;
  ruby: RubyAnnotation[];
  blocks: TextBlock[];
  facts: ReaderFact[];
  canReview: boolean;
  locale: "ja" | "en";
  /** The status filter to start with (the documents list links to the pending facts). */
  initialStatus?: string;
}

export async function Reader({ documentId, text, ruby, blocks, facts, canReview, locale, initialStatus = "all" }: Props) {
  const t = await getTranslations("reader");
  const status = canReview ? initialStatus : "all";
  const initialCount = facts.filter((f) => isFactShown(f, { kind: "all", actor: "all", status })).length;
  return (
    <ReaderProvider
      documentId={documentId}
      canReview={canReview}
      facts={facts.map((f) => ({ id: f.id, kind: f.kind, actors: f.actors, status: f.status }))}
      initialStatus={status}
    >
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section className="rounded border border-stone-200 bg-white p-4 sm:p-6" aria-label={t("source")}>
          <DocumentText text={text} ruby={ruby} blocks={blocks} facts={facts} boilerplateLabel={t("boilerplate")} />
        </section>

        <FactPanel>
          <h2 id="facts-heading" className="text-lg font-bold">
            {t("facts")} <FactCount initial={t("factCount", { count: initialCount })} initialCount={initialCount} />
          </h2>
          {canReview && <p className="text-sm text-stone-600">{t("reviewNotice")} {t("selectionHint")}</p>}
          <ReaderFilters />
          <ReaderMessage />
          {canReview && (
            <>
              <SelectionPanel text={text} />
              <RerunExtraction />
              <BulkReview />
            </>
          )}
          <NoFacts />
          <ol className="space-y-2" data-testid="fact-list">
            {facts.map((f) => (
              <FactItem key={f.id} id={f.id} rejected={f.status === "rejected"}>
                <div className="flex items-start gap-2">
                  {canReview && <FactPick id={f.id} label={t("bulk.selectFact", { statement: f.statement })} />}
                  <FocusFactButton id={f.id} label={`${t("showInText")}: ${f.statement}`}>
                    <span className="flex flex-wrap items-center gap-2">
                      <span className={`rounded px-1.5 text-xs font-bold ${KIND_BADGE[f.kind] ?? ""}`}>{t(`kind.${f.kind as "event"}`)}</span>
                      <span className="text-xs text-stone-600">{f.dateValue ? formatDateAtPrecision(f.dateValue, f.datePrecision as Precision | null, locale) : t("noDate")}</span>
                      {f.actors.length > 0 && <span className="text-xs text-stone-600">{f.actors.join("・")}</span>}
                      {canReview && <span className="text-xs text-stone-500">[{t(`status.${f.status as "pending"}`)}{f.edited ? `・${t("edited")}` : ""}{f.origin === "manual" ? `・${t("manual")}` : ""}]</span>}
                    </span>
                    {f.name && <span className="mt-1 block font-bold">「{f.name}」</span>}
                    <span className="mt-1 block">{f.statement}</span>
                    {f.speaker && <span className="mt-1 block text-xs text-stone-600">{t("speaker")}: {f.speaker}</span>}
                  </FocusFactButton>
                </div>
                {f.items.length > 0 && (
                  <ul className="mt-1 list-disc pl-5 text-xs text-stone-700" aria-label={t("items")}>
                    {f.items.map((it) => <li key={it}>{it}</li>)}
                  </ul>
                )}
                {canReview && <FactReviewActions fact={editable(f)} />}
              </FactItem>
            ))}
          </ol>
        </FactPanel>
      </div>
    </ReaderProvider>
  );
}
