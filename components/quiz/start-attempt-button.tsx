"use client";
import { useRouter } from "next/navigation";
import { useApiError } from "@/components/api-error";
import { useState } from "react";
import { callJson } from "./fetch-json";

export function StartAttemptButton({ quizId, assignmentId = null, label, variant = "primary" }: { quizId: string; assignmentId?: string | null; label: string; variant?: "primary" | "secondary" }) {
  const apiError = useApiError();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={busy}
        className={variant === "primary" ? "rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-50" : "rounded border border-accent px-3 py-1.5 text-sm font-medium text-accent disabled:opacity-50"}
        onClick={async () => {
          setBusy(true);
          const r = await callJson<{ attemptId: string }>(`/api/quizzes/${quizId}/attempts`, "POST", { assignmentId });
          setBusy(false);
          if (!r.ok) return setError(apiError(r.error));
          router.push(`/quizzes/attempts/${r.data.attemptId}`);
        }}
      >
        {label}
      </button>
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
    </div>
  );
}
