"use client";
// The reader's interactive state, shared by its client islands (decision 0018): the text and
// the fact cards are rendered on the server; the islands inside them — highlights, filters, the
// fact list's items, the reviewer's tools — read and change this state. Hydrating the page then
// costs what is interactive, not one component call building ~900 elements.
import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, useTransition } from "react";
import { isFactShown, type FactFilters, type FilterableFact } from "@/lib/reader/fact-filter";

export interface ReaderFactMeta extends FilterableFact {
  id: string;
}

type Selection = { start: number; end: number } | null;

interface ReaderState {
  documentId: string;
  canReview: boolean;
  facts: ReaderFactMeta[];
  byId: ReadonlyMap<string, ReaderFactMeta>;
  filters: FactFilters;
  setFilter: (name: keyof FactFilters, value: string) => void;
  /** Ids of the facts the filters show, in document order. */
  visible: ReaderFactMeta[];
  isVisible: (id: string) => boolean;
  selected: string | null;
  focusFact: (id: string, scroll: boolean) => void;
  picked: ReadonlySet<string>;
  setPicked: (next: ReadonlySet<string>) => void;
  editing: string | null;
  setEditing: (id: string | null) => void;
  selection: Selection;
  setSelection: (s: Selection) => void;
  message: string | null;
  setMessage: (m: string | null) => void;
  refreshing: boolean;
  /** Re-renders the page's server parts (the text and the fact cards) after a change. */
  refresh: () => void;
}

const ReaderContext = createContext<ReaderState | null>(null);

export function useReader(): ReaderState {
  const state = useContext(ReaderContext);
  if (!state) throw new Error("a reader island outside <ReaderProvider>");
  return state;
}

export function ReaderProvider({ documentId, canReview, facts, initialStatus, children }: {
  documentId: string;
  canReview: boolean;
  facts: ReaderFactMeta[];
  initialStatus: string;
  children: React.ReactNode;
}) {
  const router = useRouter();
  const [filters, setFilters] = useState<FactFilters>({ kind: "all", actor: "all", status: canReview ? initialStatus : "all" });
  const [selected, setSelected] = useState<string | null>(null);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const [selection, setSelection] = useState<Selection>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [refreshing, startRefresh] = useTransition();

  const byId = useMemo(() => new Map(facts.map((f) => [f.id, f])), [facts]);
  const visible = useMemo(() => facts.filter((f) => isFactShown(f, filters)), [facts, filters]);
  const visibleIds = useMemo(() => new Set(visible.map((f) => f.id)), [visible]);

  const focusFact = useCallback((id: string, scroll: boolean) => {
    setSelected(id);
    if (scroll) document.getElementById(`fact-${id}`)?.scrollIntoView({ behavior: "smooth", block: "center" });
  }, []);

  useEffect(() => {
    const fromHash = () => {
      const m = /^#fact-(.+)$/.exec(window.location.hash);
      if (m?.[1]) focusFact(decodeURIComponent(m[1]), true);
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, [focusFact]);

  const state = useMemo<ReaderState>(
    () => ({
      documentId,
      canReview,
      facts,
      byId,
      filters,
      setFilter: (name, value) => setFilters((prev) => ({ ...prev, [name]: value })),
      visible,
      isVisible: (id) => visibleIds.has(id),
      selected,
      focusFact,
      picked,
      setPicked,
      editing,
      setEditing,
      selection,
      setSelection,
      message,
      setMessage,
      refreshing,
      refresh: () => startRefresh(() => router.refresh()),
    }),
    [documentId, canReview, facts, byId, filters, visible, visibleIds, selected, focusFact, picked, editing, selection, message, refreshing, router],
  );
  return <ReaderContext.Provider value={state}>{children}</ReaderContext.Provider>;
}
