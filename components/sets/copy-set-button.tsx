"use client";
import { useRouter } from "next/navigation";
import { useApiError } from "@/components/api-error";
import { useState } from "react";
import { callApi } from "./api";

export function CopySetButton({ setId, shareCode, label }: { setId: string; shareCode?: string; label: string }) {
  const apiError = useApiError();
  const router = useRouter();
  const [error, setError] = useState("");
  async function copy() {
    const res = await callApi(`/api/sets/${setId}/copy`, "POST", shareCode ? { shareCode } : {});
    if (!res.ok) return setError(apiError(res.code));
    router.push(`/sets/${(res.data as { id: string }).id}`);
  }
  return (
    <span>
      <button type="button" onClick={() => void copy()} className="rounded border border-accent px-3 py-1 text-accent">{label}</button>
      {error && <span role="alert" className="ml-2 text-sm text-red-800">{error}</span>}
    </span>
  );
}
