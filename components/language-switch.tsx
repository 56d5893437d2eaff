"use client";

import { useTransition } from "react";
import { setLocale } from "@/app/actions/locale";

export function LanguageSwitch({ current, label }: { current: "ja" | "en"; label: string }) {
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-1">
      <span className="sr-only">{label}</span>
      <select
        aria-label={label}
        className="rounded border border-stone-300 bg-white px-2 py-1"
        value={current}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value === "en" ? "en" : "ja";
          startTransition(() => setLocale(next));
        }}
      >
        <option value="ja">日本語</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}
