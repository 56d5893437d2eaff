"use client";
// The owner's controls of a set: title/description/visibility (with the share link), import,
// a custom card, cards from facts, and deletion.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useApiError } from "@/components/api-error";
import { useState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { callApi } from "./api";

interface FactOption {
  id: string;
  label: string;
  document: string;
}

interface Props {
  set: { id: string; title: string; description: string; visibility: string; shareCode: string | null };
  facts: FactOption[];
}

const input = "mt-1 w-full rounded border border-stone-300 px-2 py-1";

export function SetOwnerPanel({ set, facts }: Props) {
  const t = useTranslations("sets");
  const apiError = useApiError();
  const router = useRouter();
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const [importText, setImportText] = useState("");

  async function run(call: Promise<{ ok: boolean; data: unknown; code: string }>, ok: (data: unknown) => string) {
    setError("");
    setStatus("");
    const res = await call;
    if (!res.ok) return setError(apiError(res.code));
    setStatus(ok(res.data));
    router.refresh();
  }

  const shareUrl = set.shareCode && typeof window !== "undefined" ? `${window.location.origin}/sets/shared/${set.shareCode}` : set.shareCode ? `/sets/shared/${set.shareCode}` : "";

  return (
    <section className="space-y-6 rounded border border-stone-200 bg-white p-4" aria-label={t("edit.heading")}>
      <p role="status" aria-live="polite" className="text-sm text-green-800" data-testid="set-status">{status}</p>
      {error && <p role="alert" className="text-sm text-red-800">{error}</p>}

      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          void run(callApi(`/api/sets/${set.id}`, "PATCH", { title: f.get("title"), description: f.get("description"), visibility: f.get("visibility") }), () => t("edit.saved"));
        }}
      >
        <h2 className="font-bold">{t("edit.heading")}</h2>
        <div>
          <label htmlFor="edit-title" className="block text-sm font-bold">{t("create.title")}</label>
          <input id="edit-title" name="title" defaultValue={set.title} required maxLength={120} className={input} />
        </div>
        <div>
          <label htmlFor="edit-description" className="block text-sm font-bold">{t("create.description")}</label>
          <textarea id="edit-description" name="description" defaultValue={set.description} maxLength={1000} rows={2} className={input} />
        </div>
        <div>
          <label htmlFor="edit-visibility" className="block text-sm font-bold">{t("edit.visibility")}</label>
          <select id="edit-visibility" name="visibility" defaultValue={set.visibility} className={input}>
            <option value="private">{t("edit.private")}</option>
            <option value="shared">{t("edit.shared")}</option>
            <option value="public">{t("edit.public")}</option>
          </select>
        </div>
        {shareUrl && (
          <div>
            <label htmlFor="share-link" className="block text-sm font-bold">{t("edit.shareLink")}</label>
            <input id="share-link" readOnly value={shareUrl} className={input} onFocus={(e) => e.currentTarget.select()} data-testid="share-link" />
          </div>
        )}
        <button type="submit" className="rounded bg-accent px-4 py-2 text-white">{t("edit.save")}</button>
      </form>

      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const el = e.currentTarget;
          void run(callApi(`/api/sets/${set.id}/cards`, "POST", { custom: { front: f.get("front"), back: f.get("back") } }), () => {
            el.reset();
            return t("facts.added", { count: 1 });
          });
        }}
      >
        <h2 className="font-bold">{t("custom.heading")}</h2>
        <div>
          <label htmlFor="custom-front" className="block text-sm font-bold">{t("custom.front")}</label>
          <textarea id="custom-front" name="front" required maxLength={2000} rows={2} className={input} />
        </div>
        <div>
          <label htmlFor="custom-back" className="block text-sm font-bold">{t("custom.back")}</label>
          <textarea id="custom-back" name="back" required maxLength={8000} rows={2} className={input} />
        </div>
        <button type="submit" className="rounded border border-accent px-4 py-2 text-accent">{t("custom.submit")}</button>
      </form>

      {facts.length > 0 && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const ids = new FormData(e.currentTarget).getAll("factId").map(String);
            if (ids.length) void run(callApi(`/api/sets/${set.id}/cards`, "POST", { factIds: ids }), (d) => t("facts.added", { count: (d as { added: number }).added }));
          }}
        >
          <details>
            <summary className="cursor-pointer font-bold">{t("facts.heading")}</summary>
            <fieldset className="mt-2 max-h-80 space-y-1 overflow-y-auto">
              <legend className="sr-only">{t("facts.heading")}</legend>
              {facts.map((f) => (
                <div key={f.id} className="flex items-start gap-2 text-sm">
                  <input type="checkbox" id={`fact-${f.id}`} name="factId" value={f.id} className="mt-1" />
                  <label htmlFor={`fact-${f.id}`} lang="ja">{f.label} <span className="text-stone-500">（{f.document}）</span></label>
                </div>
              ))}
            </fieldset>
            <button type="submit" className="mt-2 rounded border border-accent px-4 py-2 text-accent">{t("facts.submit")}</button>
          </details>
        </form>
      )}

      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          void run(callApi(`/api/sets/${set.id}/import`, "POST", { text: importText, format: "auto" }), (d) => {
            const r = d as { imported: number; errors: { line: number; message: string }[] };
            setImportText("");
            return [t("import.done", { count: r.imported }), r.errors.length ? `${t("import.errors", { count: r.errors.length })} ${r.errors.slice(0, 5).map((x) => `${x.line}: ${x.message}`).join("; ")}` : ""].join(" ");
          });
        }}
      >
        <h2 className="font-bold">{t("import.heading")}</h2>
        <div>
          <label htmlFor="import-file" className="block text-sm font-bold">{t("import.file")}</label>
          <input
            id="import-file"
            type="file"
            accept=".tsv,.csv,.txt,text/plain,text/csv,text/tab-separated-values"
            className="mt-1 text-sm"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void file.text().then(setImportText);
            }}
          />
        </div>
        <div>
          <label htmlFor="import-text" className="block text-sm font-bold">{t("import.text")}</label>
          <textarea id="import-text" value={importText} onChange={(e) => setImportText(e.target.value)} rows={4} className={`${input} font-mono text-sm`} />
        </div>
        <button type="submit" disabled={!importText.trim()} className="rounded border border-accent px-4 py-2 text-accent disabled:opacity-40">{t("import.submit")}</button>
      </form>

      <ConfirmDialog
        trigger={<button type="button" className="rounded border border-red-300 px-3 py-1 text-sm text-red-800">{t("edit.delete")}</button>}
        title={t("edit.delete")}
        description={t("edit.confirmDelete")}
        confirmLabel={t("edit.delete")}
        cancelLabel={t("cancel")}
        onConfirm={() => {
          void callApi(`/api/sets/${set.id}`, "DELETE").then((r) => (r.ok ? router.push("/sets") : setError(apiError(r.code))));
        }}
      />
    </section>
  );
}
