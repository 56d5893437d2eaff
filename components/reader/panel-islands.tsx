"use client";
// The fact panel's interactive parts around the server-rendered fact cards: the filters, the
// count of facts shown, the status line, and each card's place in the list (shown or not,
// selected or not).
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { FactFilters } from "@/lib/reader/fact-filter";
import { useReader } from "./reader-state";

export function FactPanel({ children }: { children: React.ReactNode }) {
  const { refreshing } = useReader();
  return (
    <aside
      className="space-y-3 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto"
      aria-labelledby="facts-heading"
      aria-busy={refreshing}
      data-testid="fact-panel"
    >
      {children}
    </aside>
  );
}

/** How many facts the filters show. The server formats the first count: formatting a count in
 *  the browser starts the ICU message formatter, which is left for the first change of filter. */
export function FactCount({ initial, initialCount }: { initial: string; initialCount: number }) {
  const { visible } = useReader();
  const t = useTranslations("reader");
  return <span className="text-sm font-normal text-stone-500">{visible.length === initialCount ? initial : t("factCount", { count: visible.length })}</span>;
}

export function ReaderFilters() {
  const t = useTranslations("reader");
  const { facts, filters, setFilter, canReview } = useReader();
  const actors = useMemo(() => [...new Set(facts.flatMap((f) => f.actors))].sort(), [facts]);
  const select = "rounded border border-stone-300 bg-white px-2 py-1 text-sm";
  const field = (name: keyof FactFilters, label: string, options: [string, string][]) => (
    <label className="flex items-center gap-1 text-sm">
      {label}
      <select className={select} value={filters[name]} onChange={(e) => setFilter(name, e.target.value)}>
        <option value="all">{t("all")}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>{text}</option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="flex flex-wrap gap-2">
      {field("kind", t("filterKind"), (["event", "agreement", "position"] as const).map((k) => [k, t(`kind.${k}`)]))}
      {field("actor", t("filterActor"), actors.map((a) => [a, a]))}
      {canReview && field("status", t("filterStatus"), (["pending", "approved", "rejected"] as const).map((s) => [s, t(`status.${s}`)]))}
    </div>
  );
}

export function ReaderMessage() {
  const { message } = useReader();
  return <p aria-live="polite" className="text-sm text-stone-700">{message}</p>;
}

export function NoFacts() {
  const t = useTranslations("reader");
  const { visible } = useReader();
  return visible.length === 0 ? <p className="text-sm">{t("noFacts")}</p> : null;
}

/** A fact's card in the list: left out while the filters hide it, outlined while selected. */
export function FactItem({ id, rejected, children }: { id: string; rejected: boolean; children: React.ReactNode }) {
  const { isVisible, selected } = useReader();
  if (!isVisible(id)) return null;
  return (
    <li className={`rounded border bg-white p-3 text-sm ${id === selected ? "border-accent" : "border-stone-200"} ${rejected ? "opacity-60" : ""}`} data-testid="fact-item">
      {children}
    </li>
  );
}

/** The card's summary as a button: selects the fact and scrolls the text to it. */
export function FocusFactButton({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  const { focusFact } = useReader();
  return (
    <button type="button" className="w-full min-w-0 text-left" onClick={() => focusFact(id, true)} aria-label={label}>
      {children}
    </button>
  );
}
