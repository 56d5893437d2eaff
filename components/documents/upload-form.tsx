"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useApiError } from "@/components/api-error";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { JobProgress } from "@/components/jobs/job-progress";

const MAX_BYTES = 5 * 1024 * 1024;

/** The form, or — once the import is queued (`jobId`, also kept in the URL) — its progress. */
export function UploadForm({ jobId }: { jobId?: string }) {
  const t = useTranslations("upload");
  const tJobs = useTranslations("jobs");
  const apiError = useApiError();
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [existing, setExisting] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (jobId) {
    return (
      <div className="space-y-4">
        <JobProgress key={jobId} jobId={jobId} />
        <Link href="/documents/new" className="inline-block text-sm underline">{tJobs("addAnother")}</Link>
      </div>
    );
  }

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    setExisting(null);
    const form = new FormData(e.currentTarget);
    const file = form.get("file");
    if (file instanceof File && file.size > MAX_BYTES) {
      setError(t("errors.too_large"));
      return;
    }
    setBusy(true);
    const res = await fetch("/api/documents", { method: "POST", body: form }).catch(() => null);
    const payload = (await res?.json().catch(() => null)) as {
      job?: { id: string };
      error?: { code: string; message: string; fields?: { slug?: string } };
    } | null;
    if (res?.status === 202 && payload?.job) {
      // The job's id in the URL: a reload (or a restarted server) shows the same progress.
      router.replace(`/documents/new?job=${encodeURIComponent(payload.job.id)}`, { scroll: false });
      return;
    }
    setBusy(false);
    const code = payload?.error?.code ?? "generic";
    if (code === "duplicate" && payload?.error?.fields?.slug) setExisting(payload.error.fields.slug);
    setError(t.has(`errors.${code}`) ? t(`errors.${code}` as "errors.generic") : res ? apiError(code) : apiError("network"));
  }

  const field = "w-full rounded border border-stone-300 bg-white px-3 py-2";
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div className="space-y-1">
        <label htmlFor={`${id}-file`} className="block text-sm font-medium">{t("file")}</label>
        <input id={`${id}-file`} name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,.pdf,text/plain,text/markdown,text/html,application/pdf" className={field} aria-describedby={`${id}-file-hint`} />
        <p id={`${id}-file-hint`} className="text-xs text-stone-500">{t("fileHint")}</p>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-text`} className="block text-sm font-medium">{t("text")}</label>
        <textarea id={`${id}-text`} name="text" rows={8} className={field} />
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-1 text-sm font-medium">{t("metadata")}</legend>
        <div className="space-y-1">
          <label htmlFor={`${id}-title`} className="block text-xs">{t("docTitle")}</label>
          <input id={`${id}-title`} name="title" maxLength={200} className={field} />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-publisher`} className="block text-xs">{t("publisher")}</label>
          <input id={`${id}-publisher`} name="publisher" maxLength={200} className={field} />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-date`} className="block text-xs">{t("publishedAt")}</label>
          <input id={`${id}-date`} name="publishedAt" placeholder="2019-12-10" pattern="\d{4}(-\d{2}(-\d{2})?)?" className={field} />
        </div>
      </fieldset>
      <p className="text-xs text-stone-500">{t("metadataHint")}</p>
      {error && (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">
          {error}
          {existing && (
            <>
              {" "}
              <Link href={`/documents/${existing}`} className="underline">{tJobs("openExisting")}</Link>
            </>
          )}
        </p>
      )}
      <button type="submit" disabled={busy} className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60">
        {busy ? t("importing") : t("submit")}
      </button>
    </form>
  );
}
