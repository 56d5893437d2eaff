"use client";
// A reviewer's tools in the reader (rendered only for those who may review the document's facts):
// a fact from a selection of the text, re-running the extraction, approving or rejecting several
// facts at once, and each fact's own actions and edit form.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { errorCodeOf, useApiError } from "@/components/api-error";
import { JobProgress } from "@/components/jobs/job-progress";
import type { JobView } from "@/lib/jobs/job-view";
import { BulkReviewBar } from "./bulk-review-bar";
import { FactForm, type FactFormValues } from "./fact-form";
import { useReader } from "./reader-state";

async function send(url: string, method: string, body?: unknown) {
  const res = await fetch(url, { method, headers: { "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
  const payload = await res.json().catch(() => ({}));
  // The code, not the server's text: the catch below shows it in the UI language.
  if (!res.ok) throw new Error(errorCodeOf(payload));
  return payload;
}

/** Runs a change, then shows `done` (if any) and re-renders the page; a failure shows its error. */
function useAct() {
  const { setMessage, setEditing, refresh } = useReader();
  const apiError = useApiError();
  return async (run: () => Promise<unknown>, done: string) => {
    setMessage(null);
    try {
      await run();
      if (done) setMessage(done);
      setEditing(null);
      refresh();
    } catch (error) {
      setMessage(apiError((error as Error).message));
    }
  };
}

/** The fields of a fact as the edit form starts them: the fact's own, or a quote for a new one. */
export interface EditableFact {
  id: string;
  kind: string;
  statement: string;
  dateValue: string | null;
  datePrecision: string | null;
  actors: string[];
  speaker: string | null;
  name: string | null;
  items: string[];
  topics: string[];
  status: string;
}

function formDefaults(f?: EditableFact, quote = ""): FactFormValues {
  return {
    kind: (f?.kind as FactFormValues["kind"]) ?? "event",
    statement: f?.statement ?? quote.slice(0, 500),
    dateValue: f?.dateValue ?? null,
    datePrecision: (f?.datePrecision as FactFormValues["datePrecision"]) ?? null,
    actors: f?.actors ?? [],
    speaker: f?.speaker ?? null,
    name: f?.name ?? null,
    items: f?.items ?? [],
    topics: f?.topics ?? [],
  };
}

/** The form for a fact from the reviewer's selection of the text (the text itself is passed: the
 *  selection is held as offsets into it). */
export function SelectionPanel({ text }: { text: string }) {
  const t = useTranslations("reader");
  const { documentId, selection, setSelection } = useReader();
  const act = useAct();
  if (!selection) return null;
  const quote = text.slice(selection.start, selection.end);
  return (
    <div className="space-y-2 rounded border border-accent p-3" data-testid="selection-panel">
      <h3 className="font-bold">{t("addFromSelection")}</h3>
      <blockquote className="border-l-4 border-stone-300 pl-2 text-sm">{quote}</blockquote>
      <FactForm
        initial={formDefaults(undefined, quote)}
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
  );
}

export function RerunExtraction() {
  const t = useTranslations("reader");
  const tJobs = useTranslations("jobs");
  const { documentId, setMessage, refresh } = useReader();
  const [job, setJob] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={job !== null}
        className="rounded border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100 disabled:opacity-60"
        onClick={async () => {
          setMessage(null);
          try {
            const { job } = await send(`/api/documents/${documentId}/extract`, "POST");
            setJob(job.id);
          } catch (error) {
            setMessage(t("error", { message: (error as Error).message }));
          }
        }}
      >
        {t("rerun")}
      </button>
      {job && (
        <JobProgress
          jobId={job}
          showOutcome={false}
          onEnd={(ended: JobView) => {
            setJob(null);
            if (ended.status === "done") {
              setMessage(t("rerunDone", { created: 0, removed: 0, kept: 0, ...ended.result }));
              refresh();
            } else {
              const code = ended.error?.code ?? "internal";
              setMessage(tJobs.has(`errors.${code}`) ? tJobs(`errors.${code}` as "errors.internal") : tJobs("errors.internal"));
            }
          }}
        />
      )}
    </>
  );
}

export function BulkReview() {
  const t = useTranslations("reader");
  const { documentId, facts, byId, visible, picked, setPicked, setMessage, refreshing } = useReader();
  const act = useAct();
  // Only facts still in the document count (a refresh may have removed some).
  const pickedIds = [...picked].filter((id) => byId.has(id));
  return (
    <BulkReviewBar
      pending={facts.filter((f) => f.status === "pending").length}
      visiblePending={visible.filter((f) => f.status === "pending").map((f) => f.id)}
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
  );
}

/** A fact's checkbox for the bulk actions (its label is formatted by the server). */
export function FactPick({ id, label }: { id: string; label: string }) {
  const { picked, setPicked } = useReader();
  return (
    <input
      type="checkbox"
      className="mt-1 h-5 w-5 shrink-0"
      checked={picked.has(id)}
      onChange={(e) => {
        const next = new Set(picked);
        if (e.target.checked) next.add(id);
        else next.delete(id);
        setPicked(next);
      }}
      aria-label={label}
      data-testid="fact-select"
    />
  );
}

/** A fact's review buttons, or its edit form while it is being edited. */
export function FactReviewActions({ fact }: { fact: EditableFact }) {
  const t = useTranslations("reader");
  const { editing, setEditing } = useReader();
  const act = useAct();
  const patch = (body: unknown) => () => send(`/api/facts/${fact.id}`, "PATCH", body);
  if (editing === fact.id) {
    return (
      <div className="mt-2">
        <FactForm initial={formDefaults(fact)} submitLabel={t("save")} onCancel={() => setEditing(null)} onSubmit={(fields) => act(patch({ action: "edit", fields }), t("saved"))} />
      </div>
    );
  }
  return (
    <div className="mt-2 flex flex-wrap gap-2">
      {fact.status !== "approved" && (
        <button type="button" className="rounded bg-emerald-700 px-2 py-0.5 text-white" onClick={() => act(patch({ action: "approve" }), t("saved"))}>
          {t("approve")}
        </button>
      )}
      {fact.status !== "rejected" && (
        <button type="button" className="rounded bg-stone-600 px-2 py-0.5 text-white" onClick={() => act(patch({ action: "reject" }), t("saved"))}>
          {t("reject")}
        </button>
      )}
      {fact.status !== "pending" && (
        <button type="button" className="rounded border border-stone-300 px-2 py-0.5" onClick={() => act(patch({ action: "reset" }), t("saved"))}>
          {t("reset")}
        </button>
      )}
      <button type="button" className="rounded border border-stone-300 px-2 py-0.5" onClick={() => setEditing(fact.id)}>
        {t("edit")}
      </button>
    </div>
  );
}
