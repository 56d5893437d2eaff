"use client";

// An import's or re-extraction's progress: polls GET /api/jobs/:id every second until the job
// ends, showing its stage on a progress bar and, at the end, the outcome in the UI language.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import type { JobView } from "@/lib/jobs/job-view";

const STAGES = ["queued", "analysing", "extracting", "storing", "done"] as const;
const PERCENT: Record<string, number> = { queued: 5, analysing: 30, extracting: 60, storing: 90, done: 100 };
const POLL_MS = 1_000;

interface Props {
  jobId: string;
  /** Called once when the job has ended (done or failed). */
  onEnd?: (job: JobView) => void;
  /** The full outcome (document link, fact count); the reader shows its own. */
  showOutcome?: boolean;
}

export function JobProgress({ jobId, onEnd, showOutcome = true }: Props) {
  const t = useTranslations("jobs");
  const [job, setJob] = useState<JobView | null>(null);
  const [offline, setOffline] = useState(false);
  const onEndRef = useRef(onEnd);
  useEffect(() => {
    onEndRef.current = onEnd;
  }, [onEnd]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function poll() {
      const res = await fetch(`/api/jobs/${encodeURIComponent(jobId)}`, { cache: "no-store" }).catch(() => null);
      if (stopped) return;
      const payload = res?.ok ? ((await res.json().catch(() => null)) as { job?: JobView } | null) : null;
      if (payload?.job) {
        setOffline(false);
        setJob(payload.job);
        if (payload.job.status === "done" || payload.job.status === "failed") {
          onEndRef.current?.(payload.job);
          return;
        }
      } else {
        setOffline(true);
      }
      timer = setTimeout(poll, POLL_MS);
    }
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId]);

  const status = job?.status ?? "queued";
  const failed = status === "failed";
  const reached = STAGES.indexOf(status as (typeof STAGES)[number]);
  const errorCode = job?.error?.code;
  const retrying = !failed && status !== "done" && (job?.attempts ?? 0) > 0 && job?.waiting;

  return (
    <section className="space-y-3 rounded border border-stone-200 bg-white p-4" aria-label={t("label")} data-testid="job-progress" data-status={status}>
      {!failed && (
        <div
          role="progressbar"
          aria-label={t("label")}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={PERCENT[status] ?? 0}
          aria-valuetext={t(`stages.${status as "queued"}`)}
          className="h-2 overflow-hidden rounded bg-stone-200"
        >
          <div className="h-full rounded bg-accent transition-all duration-500" style={{ width: `${PERCENT[status] ?? 0}%` }} />
        </div>
      )}
      {!failed && (
        <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {STAGES.map((stage, i) => {
            const state = i < reached || status === "done" ? "past" : i === reached ? "current" : "todo";
            return (
              <li
                key={stage}
                aria-current={state === "current" ? "step" : undefined}
                className={state === "current" ? "font-bold text-accent" : state === "past" ? "text-stone-700" : "text-stone-500"}
              >
                <span aria-hidden="true">{state === "past" ? "✓ " : state === "current" ? "● " : "○ "}</span>
                {t(`stages.${stage}`)}
              </li>
            );
          })}
        </ol>
      )}
      <div aria-live="polite" className="space-y-2 text-sm">
        {failed ? (
          <p role="alert" className="rounded bg-red-50 p-3 text-red-800" data-testid="job-error" data-code={errorCode}>
            {t.has(`errors.${errorCode}`) ? t(`errors.${errorCode as "internal"}`) : t("errors.internal")}
          </p>
        ) : (
          <p>{t(`status.${status as "queued"}`)}</p>
        )}
        {retrying && <p className="text-amber-800">{t("retrying", { attempt: Math.min((job?.attempts ?? 0) + 1, 3) })}</p>}
        {offline && <p className="text-amber-800">{t("offline")}</p>}
        {showOutcome && status === "done" && job?.kind === "import" && (
          <p data-testid="job-outcome">{t("importDone", { facts: Number(job.result?.facts ?? 0) })}</p>
        )}
      </div>
      {showOutcome && status === "done" && job?.document && (
        <Link href={`/documents/${job.document.slug}`} className="inline-block rounded bg-accent px-4 py-2 font-medium text-white">
          {t("openDocument")}
        </Link>
      )}
      {showOutcome && errorCode === "duplicate" && typeof job?.result?.slug === "string" && (
        <Link href={`/documents/${job.result.slug}`} className="inline-block underline">
          {t("openExisting")}
        </Link>
      )}
    </section>
  );
}
