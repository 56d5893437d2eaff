"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { callApi } from "./api";

export function CopySetButton({ setId, shareCode, label }: { setId: string; shareCode?: string; label: string }) {
  const t = useTranslations("sets");
  const router = useRouter();
  const [error, setError] = useState("");
  async function copy() {
    const res = await callApi(`/api/sets/${setId}/copy`, "POST", shareCode ? { shareCode } : {});
    if (!res.ok) return setError(t("error", { message: res.message }));
    router.push(`/sets/${(res.data as { id: string }).id}`);
  }
  return (
    <span>
      <button type="button" onClick={() => void copy()} className="rounded border border-accent px-3 py-1 text-accent">{label}</button>
      {error && <span role="alert" className="ml-2 text-sm text-red-800">{error}</span>}
    </span>
  );
}
