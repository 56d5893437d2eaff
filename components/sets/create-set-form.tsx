"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useApiError } from "@/components/api-error";
import { useState } from "react";
import { callApi } from "./api";

export function CreateSetForm() {
  const t = useTranslations("sets");
  const apiError = useApiError();
  const router = useRouter();
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    const res = await callApi("/api/sets", "POST", { title: form.get("title"), description: form.get("description") ?? "" });
    setBusy(false);
    if (!res.ok) return setError(apiError(res.code));
    router.push(`/sets/${(res.data as { id: string }).id}`);
  }
  return (
    <form onSubmit={submit} className="space-y-3 rounded border border-stone-200 bg-white p-4" aria-labelledby="create-set-heading">
      <h2 id="create-set-heading" className="font-bold">{t("create.heading")}</h2>
      <div>
        <label htmlFor="set-title" className="block text-sm font-bold">{t("create.title")}</label>
        <input id="set-title" name="title" required maxLength={120} className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
      </div>
      <div>
        <label htmlFor="set-description" className="block text-sm font-bold">{t("create.description")}</label>
        <textarea id="set-description" name="description" maxLength={1000} rows={2} className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
      </div>
      {error && <p role="alert" className="text-sm text-red-800">{error}</p>}
      <button type="submit" disabled={busy} className="rounded bg-accent px-4 py-2 text-white">{t("create.submit")}</button>
    </form>
  );
}
