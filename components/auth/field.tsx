"use client";

import { useId } from "react";

export function Field({
  label,
  name,
  type = "text",
  autoComplete,
  required,
  hint,
  error,
  maxLength,
}: {
  label: string;
  name: string;
  type?: string;
  autoComplete?: string;
  required?: boolean;
  hint?: string;
  error?: string;
  maxLength?: number;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required={required}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="w-full rounded border border-stone-300 bg-white px-3 py-2 aria-invalid:border-red-600"
      />
      {hint && <p id={hintId} className="text-xs text-stone-500">{hint}</p>}
      {error && <p id={errorId} role="alert" className="text-sm text-red-700">{error}</p>}
    </div>
  );
}
