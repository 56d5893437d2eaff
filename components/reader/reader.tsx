"use client";

import { useTranslations } from "next-intl";
import { errorCodeOf, useApiError } from "@/components/api-error";
import { useRouter } from "next/navigation";
import { Fragment, useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { formatDateAtPrecision, type Precision } from "@/lib/dates/format";
import type { ReaderFact } from "@/lib/documents/reader-data";
import type { RubyAnnotation, TextBlock } from "@/lib/facts/types";
import { buildSegments } from "@/lib/reader/segments";
import { JobProgress } from "@/components/jobs/job-progress";
import type { JobView } from "@/lib/jobs/job-view";
import { BulkReviewBar } from "./bulk-review-bar";
import { FactForm, type FactFormValues } from "./fact-form";

const KIND_STYLE: Record<string, string> = {
  event: "bg-amber-100 decoration-amber-500",
  agreement: "bg-sky-100 decoration-sky-500",
  position: "bg-rose-100 decoration-rose-500",
};
const KIND_BADGE: Record<string, string> = {
  event: "bg-amber-200 text-amber-900",
  agreement: "bg-sky-200 text-sky-900",
  position: "bg-rose-200 text-rose-900",
};

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

type Selection = { start: number; end: number } | null;

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

async function send(url: string, method: string, body?: unknown) {
  const res = await fetch(url, { method, headers: { "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
  const payload = await res.json().catch(() => ({}));
  // The code, not the server's text: the catch below shows it in the UI language.
  if (!res.ok) throw new Error(errorCodeOf(payload));
  return payload;
}

export function Reader({ documentId, text, ruby, blocks, facts, canReview, locale, initialStatus = "all" }: Props) {
  const t = useTranslations("reader");
  const apiError = useApiError();
  const router = useRouter();
  const textRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [kind, setKind] = useState("all");
  const [actor, setActor] = useState("all");
  const [status, setStatus] = useState(canReview ? initialStatus : "all");
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const [selection, setSelection] = useState<Selection>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [refreshing, startRefresh] = useTransition();
  const [rerunJob, setRerunJob] = useState<string | null>(null);
  const tJobs = useTranslations("jobs");

  const actors = useMemo(() => [...new Set(facts.flatMap((f) => f.actors))].sort(), [facts]);
  const visible = useMemo(
    () =>
      facts.filter(
        (f) => (kind === "all" || f.kind === kind) && (actor === "all" || f.actors.includes(actor)) && (status === "all" || f.status === status),
      ),
    [facts, kind, actor, status],
  );
  const visibleIds = useMemo(() => new Set(visible.map((f) => f.id)), [visible]);
  const byId = useMemo(() => new Map(facts.map((f) => [f.id, f])), [facts]);
  const pendingCount = useMemo(() => facts.filter((f) => f.status === "pending").length, [facts]);
  const visiblePending = useMemo(() => visible.filter((f) => f.status === "pending").map((f) => f.id), [visible]);
  // Only facts still in the document count (a refresh may have removed some).
  const pickedIds = useMemo(() => [...picked].filter((id) => byId.has(id)), [picked, byId]);

  function togglePicked(id: string, on: boolean) {
    setPicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

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

  function onMouseUp() {
    if (!canReview) return;
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !textRef.current?.contains(sel.anchorNode)) return;
    const a = textOffset(sel.anchorNode, sel.anchorOffset);
    const b = textOffset(sel.focusNode, sel.focusOffset);
    if (a === null || b === null || a === b) return;
    setSelection({ start: Math.min(a, b), end: Math.max(a, b) });
  }

  async function act(run: () => Promise<unknown>, done: string) {
    setMessage(null);
    try {
      await run();
      if (done) setMessage(done);
      setEditing(null);
      startRefresh(() => router.refresh());
    } catch (error) {
      setMessage(apiError((error as Error).message));
    }
  }

  const factsStartingAt = useMemo(() => {
    const m = new Map<number, string[]>();
    for (const f of facts) m.set(f.start, [...(m.get(f.start) ?? []), f.id]);
    return m;
  }, [facts]);

  function renderBlock(block: TextBlock) {
    const inBlock = facts.filter((f) => visibleIds.has(f.id) && f.start < block.end && f.end > block.start);
    const segments = buildSegments(block.start, block.end, inBlock, ruby);
    return segments.map((s) => {
      const anchors = (factsStartingAt.get(s.start) ?? []).filter((id) => visibleIds.has(id));
      const covering = s.factIds.map((id) => byId.get(id)!).filter(Boolean);
      const main = covering.find((f) => f.id === selected) ?? covering[0];
      const base = <span data-o={s.start}>{text.slice(s.start, s.end)}</span>;
      const content = s.reading ? (
        <ruby>
          {base}
          <rp>(</rp>
          <rt data-rt="">{s.reading}</rt>
          <rp>)</rp>
        </ruby>
      ) : (
        base
      );
      return (
        <Fragment key={s.start}>
          {anchors.map((id) => (
            <span key={id} id={`fact-${id}`} className="scroll-mt-24" />
          ))}
          {main ? (
            <mark
              className={`cursor-pointer rounded-sm underline decoration-2 underline-offset-4 ${KIND_STYLE[main.kind] ?? ""} ${
                covering.some((f) => f.id === selected) ? "ring-2 ring-accent" : ""
              }`}
              onClick={() => focusFact(main.id, false)}
              data-fact={main.id}
            >
              {content}
            </mark>
          ) : (
            content
          )}
        </Fragment>
      );
    });
  }

  const body = blocks.length ? blocks : [{ start: 0, end: text.length, kind: "body" as const }];
  const meta = body.filter((b) => b.kind === "meta");
  const formDefaults = (f?: ReaderFact, quote = ""): FactFormValues => ({
    kind: (f?.kind as FactFormValues["kind"]) ?? "event",
    statement: f?.statement ?? quote.slice(0, 500),
    dateValue: f?.dateValue ?? null,
    datePrecision: (f?.datePrecision as FactFormValues["datePrecision"]) ?? null,
    actors: f?.actors ?? [],
    speaker: f?.speaker ?? null,
    name: f?.name ?? null,
    items: f?.items ?? [],
    topics: f?.topics ?? [],
  });
  const select = "rounded border border-stone-300 bg-white px-2 py-1 text-sm";

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <section className="rounded border border-stone-200 bg-white p-4 sm:p-6" aria-label={t("source")}>
        <div ref={textRef} onMouseUp={onMouseUp} className="space-y-3 leading-loose" lang="ja" data-testid="document-text">
          {body
            .filter((b) => b.kind !== "meta")
            .map((b) => {
              const inner = renderBlock(b);
              if (b.kind === "heading") return <h2 key={b.start} className="pt-2 text-lg font-bold">{inner}</h2>;
              if (b.kind === "caption") return <p key={b.start} className="text-sm text-stone-500">{inner}</p>;
              if (b.kind === "table") return <p key={b.start} className="whitespace-pre-wrap rounded bg-stone-50 p-2 text-sm">{inner}</p>;
              return <p key={b.start} className="whitespace-pre-wrap">{inner}</p>;
            })}
          {meta.length > 0 && (
            <details className="rounded border border-dashed border-stone-300 p-2 text-sm text-stone-500">
              <summary>{t("boilerplate")}</summary>
              {meta.map((b) => (
                <p key={b.start} className="whitespace-pre-wrap">{text.slice(b.start, b.end)}</p>
              ))}
            </details>
          )}
        </div>
      </section>

      <aside
        className="space-y-3 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto"
        aria-labelledby="facts-heading"
        aria-busy={refreshing}
        data-testid="fact-panel"
      >
        <h2 id="facts-heading" className="text-lg font-bold">
          {t("facts")} <span className="text-sm font-normal text-stone-500">{t("factCount", { count: visible.length })}</span>
        </h2>
        {canReview && <p className="text-sm text-stone-600">{t("reviewNotice")} {t("selectionHint")}</p>}
        <div className="flex flex-wrap gap-2">
          <label className="flex items-center gap-1 text-sm">
            {t("filterKind")}
            <select className={select} value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="all">{t("all")}</option>
              {(["event", "agreement", "position"] as const).map((k) => (
                <option key={k} value={k}>{t(`kind.${k}`)}</option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-1 text-sm">
            {t("filterActor")}
            <select className={select} value={actor} onChange={(e) => setActor(e.target.value)}>
              <option value="all">{t("all")}</option>
              {actors.map((a) => (
                <option key={a} value={a}>{a}</option>
              ))}
            </select>
          </label>
          {canReview && (
            <label className="flex items-center gap-1 text-sm">
              {t("filterStatus")}
              <select className={select} value={status} onChange={(e) => setStatus(e.target.value)}>
                <option value="all">{t("all")}</option>
                {(["pending", "approved", "rejected"] as const).map((s) => (
                  <option key={s} value={s}>{t(`status.${s}`)}</option>
                ))}
              </select>
            </label>
          )}
        </div>
        <p aria-live="polite" className="text-sm text-stone-700">{message}</p>

        {canReview && selection && (
          <div className="space-y-2 rounded border border-accent p-3" data-testid="selection-panel">
            <h3 className="font-bold">{t("addFromSelection")}</h3>
            <blockquote className="border-l-4 border-stone-300 pl-2 text-sm">{text.slice(selection.start, selection.end)}</blockquote>
            <FactForm
              initial={formDefaults(undefined, text.slice(selection.start, selection.end))}
              submitLabel={t("add")}
              onCancel={() => setSelection(null)}
              onSubmit={(fields) =>
                act(async () => {
                  await send(`/api/documents/${documentId}/facts`, "POST", { ...selection, fields });
                  setSelection(null);
                }, t("saved"))
              }
            />
          </div>
        )}

        {canReview && (
          <button
            type="button"
            disabled={rerunJob !== null}
            className="rounded border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100 disabled:opacity-60"
            onClick={async () => {
              setMessage(null);
              try {
                const { job } = await send(`/api/documents/${documentId}/extract`, "POST");
                setRerunJob(job.id);
              } catch (error) {
                setMessage(t("error", { message: (error as Error).message }));
              }
            }}
          >
            {t("rerun")}
          </button>
        )}
        {rerunJob && (
          <JobProgress
            jobId={rerunJob}
            showOutcome={false}
            onEnd={(job: JobView) => {
              setRerunJob(null);
              if (job.status === "done") {
                setMessage(t("rerunDone", { created: 0, removed: 0, kept: 0, ...job.result }));
                startRefresh(() => router.refresh());
              } else {
                const code = job.error?.code ?? "internal";
                setMessage(tJobs.has(`errors.${code}`) ? tJobs(`errors.${code}` as "errors.internal") : tJobs("errors.internal"));
              }
            }}
          />
        )}

        {canReview && (
          <BulkReviewBar
            pending={pendingCount}
            visiblePending={visiblePending}
            selected={pickedIds.length}
            busy={refreshing}
            onSelectPending={(ids) => setPicked(new Set([...pickedIds, ...ids]))}
            onClear={() => setPicked(new Set())}
            onReview={(action) =>
              act(async () => {
                const result = (await send(`/api/documents/${documentId}/facts/review`, "POST", { action, factIds: pickedIds })) as { selected: number };
                setPicked(new Set());
                setMessage(t(action === "approve" ? "bulk.approved" : "bulk.rejected", { count: result.selected }));
              }, "")
            }
          />
        )}

        {visible.length === 0 && <p className="text-sm">{t("noFacts")}</p>}
        <ol className="space-y-2" data-testid="fact-list">
          {visible.map((f) => (
            <li
              key={f.id}
              className={`rounded border bg-white p-3 text-sm ${f.id === selected ? "border-accent" : "border-stone-200"} ${f.status === "rejected" ? "opacity-60" : ""}`}
              data-testid="fact-item"
            >
              <div className="flex items-start gap-2">
              {canReview && (
                <input
                  type="checkbox"
                  className="mt-1 h-5 w-5 shrink-0"
                  checked={picked.has(f.id)}
                  onChange={(e) => togglePicked(f.id, e.target.checked)}
                  aria-label={t("bulk.selectFact", { statement: f.statement })}
                  data-testid="fact-select"
                />
              )}
              <button type="button" className="w-full min-w-0 text-left" onClick={() => focusFact(f.id, true)} aria-label={`${t("showInText")}: ${f.statement}`}>
                <span className="flex flex-wrap items-center gap-2">
                  <span className={`rounded px-1.5 text-xs font-bold ${KIND_BADGE[f.kind] ?? ""}`}>{t(`kind.${f.kind as "event"}`)}</span>
                  <span className="text-xs text-stone-600">{f.dateValue ? formatDateAtPrecision(f.dateValue, f.datePrecision as Precision | null, locale) : t("noDate")}</span>
                  {f.actors.length > 0 && <span className="text-xs text-stone-600">{f.actors.join("・")}</span>}
                  {canReview && <span className="text-xs text-stone-500">[{t(`status.${f.status as "pending"}`)}{f.edited ? `・${t("edited")}` : ""}{f.origin === "manual" ? `・${t("manual")}` : ""}]</span>}
                </span>
                {f.name && <span className="mt-1 block font-bold">「{f.name}」</span>}
                <span className="mt-1 block">{f.statement}</span>
                {f.speaker && <span className="mt-1 block text-xs text-stone-600">{t("speaker")}: {f.speaker}</span>}
              </button>
              </div>
              {f.items.length > 0 && (
                <ul className="mt-1 list-disc pl-5 text-xs text-stone-700" aria-label={t("items")}>
                  {f.items.map((it) => <li key={it}>{it}</li>)}
                </ul>
              )}
              {canReview && editing !== f.id && (
                <div className="mt-2 flex flex-wrap gap-2">
                  {f.status !== "approved" && (
                    <button type="button" className="rounded bg-emerald-700 px-2 py-0.5 text-white" onClick={() => act(() => send(`/api/facts/${f.id}`, "PATCH", { action: "approve" }), t("saved"))}>
                      {t("approve")}
                    </button>
                  )}
                  {f.status !== "rejected" && (
                    <button type="button" className="rounded bg-stone-600 px-2 py-0.5 text-white" onClick={() => act(() => send(`/api/facts/${f.id}`, "PATCH", { action: "reject" }), t("saved"))}>
                      {t("reject")}
                    </button>
                  )}
                  {f.status !== "pending" && (
                    <button type="button" className="rounded border border-stone-300 px-2 py-0.5" onClick={() => act(() => send(`/api/facts/${f.id}`, "PATCH", { action: "reset" }), t("saved"))}>
                      {t("reset")}
                    </button>
                  )}
                  <button type="button" className="rounded border border-stone-300 px-2 py-0.5" onClick={() => setEditing(f.id)}>
                    {t("edit")}
                  </button>
                </div>
              )}
              {canReview && editing === f.id && (
                <div className="mt-2">
                  <FactForm
                    initial={formDefaults(f)}
                    submitLabel={t("save")}
                    onCancel={() => setEditing(null)}
                    onSubmit={(fields) => act(() => send(`/api/facts/${f.id}`, "PATCH", { action: "edit", fields }), t("saved"))}
                  />
                </div>
              )}
            </li>
          ))}
        </ol>
      </aside>
    </div>
  );
}

