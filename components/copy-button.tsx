"use client";
// Copies a value to the clipboard and says so (announced politely to screen readers).
import { useTranslations } from "next-intl";
import { useState } from "react";

export function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useTranslations("common");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className="rounded border border-accent bg-white px-2 py-1 text-sm text-accent"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(value);
            setState("copied");
          } catch {
            setState("failed");
          }
        }}
      >
        {label}
      </button>
      {/* A polite live region, not role=status: the page's own form status stays the one status. */}
      <span aria-live="polite" className="text-sm text-stone-700">{state === "copied" ? t("copied") : state === "failed" ? t("copyFailed") : ""}</span>
    </span>
  );
}
