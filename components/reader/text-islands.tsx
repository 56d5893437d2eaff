"use client";
// The reader's text is rendered on the server; these are its interactive parts: a highlight that
// follows the filters and the selected fact, and (for reviewers) turning a selection of the text
// into a new fact.
import { useRef } from "react";
import { highlightedFact } from "@/lib/reader/fact-filter";
import { useReader } from "./reader-state";

const KIND_STYLE: Record<string, string> = {
  event: "bg-amber-100 decoration-amber-500",
  agreement: "bg-sky-100 decoration-sky-500",
  position: "bg-rose-100 decoration-rose-500",
};

/** A run of text covered by facts (ids in document order): highlighted as the fact it stands
 *  for, plain text when the filters show none of them. */
export function FactMark({ factIds, children }: { factIds: string[]; children: React.ReactNode }) {
  const { isVisible, selected, byId, focusFact } = useReader();
  const main = highlightedFact(factIds, isVisible, selected);
  if (main === null) return children;
  return (
    <mark
      className={`cursor-pointer rounded-sm underline decoration-2 underline-offset-4 ${KIND_STYLE[byId.get(main)?.kind ?? ""] ?? ""} ${main === selected ? "ring-2 ring-accent" : ""}`}
      onClick={() => focusFact(main, false)}
      data-fact={main}
    >
      {children}
    </mark>
  );
}

/** Offset in the cleaned text of a DOM position inside the reader (spans carry data-o). */
function textOffset(node: Node | null, offset: number): number | null {
  let el: Node | null = node;
  while (el && !(el instanceof HTMLElement && el.dataset.o !== undefined)) {
    if (el instanceof HTMLElement && el.dataset.rt !== undefined) {
      const base = el.parentElement?.querySelector<HTMLElement>("[data-o]");
      return base ? Number(base.dataset.o) + (base.textContent?.length ?? 0) : null;
    }
    el = el.parentNode;
  }
  if (!(el instanceof HTMLElement)) return null;
  return Number(el.dataset.o) + (node === el ? 0 : offset);
}

/** The text's frame: a reviewer's selection in it opens the form for a new fact. */
export function DocumentTextFrame({ children }: { children: React.ReactNode }) {
  const { canReview, setSelection } = useReader();
  const ref = useRef<HTMLDivElement>(null);
  function onMouseUp() {
    if (!canReview) return;
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !ref.current?.contains(sel.anchorNode)) return;
    const a = textOffset(sel.anchorNode, sel.anchorOffset);
    const b = textOffset(sel.focusNode, sel.focusOffset);
    if (a === null || b === null || a === b) return;
    setSelection({ start: Math.min(a, b), end: Math.max(a, b) });
  }
  return (
    <div ref={ref} onMouseUp={onMouseUp} className="space-y-3 leading-loose" lang="ja" data-testid="document-text">
      {children}
    </div>
  );
}
