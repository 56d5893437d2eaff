"use client";
// The reviewer's bar for several facts at once: how many still wait for review, select all of
// them that the filters show, and approve or reject the selection in one request.
import { useTranslations } from "next-intl";

export function BulkReviewBar({
  pending,
  visiblePending,
  selected,
  busy,
  onSelectPending,
  onClear,
  onReview,
}: {
  /** Facts of the document still to review. */
  pending: number;
  /** Ids of those the filters show. */
  visiblePending: string[];
  selected: number;
  busy: boolean;
  onSelectPending: (ids: string[]) => void;
  onClear: () => void;
  onReview: (action: "approve" | "reject") => void;
}) {
  const t = useTranslations("reader.bulk");
  const small = "rounded border border-stone-300 px-2 py-0.5 text-sm hover:bg-stone-100 disabled:opacity-50";
  return (
    <section className="space-y-2 rounded border border-stone-200 bg-stone-50 p-3" aria-labelledby="bulk-heading" data-testid="bulk-review">
      <h3 id="bulk-heading" className="flex flex-wrap items-center gap-2 text-sm font-bold">
        {t("heading")}
        <span className="rounded bg-amber-100 px-2 font-medium text-amber-900" data-testid="pending-count">{t("pending", { count: pending })}</span>
      </h3>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={small} disabled={busy || visiblePending.length === 0} onClick={() => onSelectPending(visiblePending)}>
          {t("selectAllPending", { count: visiblePending.length })}
        </button>
        <button type="button" className={small} disabled={busy || selected === 0} onClick={onClear}>{t("clear")}</button>
      </div>
      <p className="text-sm text-stone-700" aria-live="polite">{t("selected", { count: selected })}</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="rounded bg-emerald-700 px-2 py-1 text-sm text-white disabled:opacity-50" disabled={busy || selected === 0} onClick={() => onReview("approve")}>
          {t("approve", { count: selected })}
        </button>
        <button type="button" className="rounded bg-stone-600 px-2 py-1 text-sm text-white disabled:opacity-50" disabled={busy || selected === 0} onClick={() => onReview("reject")}>
          {t("reject", { count: selected })}
        </button>
      </div>
    </section>
  );
}
