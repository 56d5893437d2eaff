"use client";
// Makes a practice quiz from a set the learner can study and starts it at once.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useApiError } from "@/components/api-error";
import { callJson } from "./fetch-json";
import { QuestionKindsFieldset } from "./question-kinds-fieldset";


export function PracticeForm({ sets, initialSetId }: { sets: { id: string; title: string; cards: number }[]; initialSetId?: string }) {
  const t = useTranslations("quiz");
  const apiError = useApiError();
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!sets.length) return <p>{t("noSets")}</p>;
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const kinds = f.getAll("kinds").map(String);
    if (!kinds.length) return setError(t("practiceNoKinds"));
    const minutes = String(f.get("timeLimit") ?? "").trim();
    setBusy(true);
    setError(null);
    const r = await callJson<{ attemptId: string }>("/api/practice-quizzes", "POST", {
      setId: String(f.get("setId") ?? ""),
      questionCount: Number(f.get("questionCount")),
      kinds,
      timeLimitSec: minutes === "" ? null : Math.round(Number(minutes) * 60),
    });
    setBusy(false);
    if (!r.ok) return setError(apiError(r.error));
    router.push(`/quizzes/attempts/${r.data.attemptId}`);
  }
  const input = "w-full rounded border border-stone-300 bg-white px-3 py-2";
  return (
    <form onSubmit={onSubmit} className="grid gap-4 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2" data-testid="practice-form">
      <div className="space-y-1 sm:col-span-2">
        <label htmlFor={`${id}-set`} className="block text-sm font-medium">{t("set")}</label>
        <select id={`${id}-set`} name="setId" className={input} defaultValue={sets.some((s) => s.id === initialSetId) ? initialSetId : sets[0]!.id}>
          {sets.map((s) => <option key={s.id} value={s.id}>{t("setWithCards", { title: s.title, count: s.cards })}</option>)}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-count`} className="block text-sm font-medium">{t("count")}</label>
        <input id={`${id}-count`} name="questionCount" type="number" inputMode="numeric" min={1} max={100} defaultValue={10} required className={input} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-limit`} className="block text-sm font-medium">{t("practiceTimeLimit")}</label>
        <input id={`${id}-limit`} name="timeLimit" type="number" inputMode="numeric" min={1} max={180} className={input} aria-describedby={`${id}-limit-hint`} />
        <p id={`${id}-limit-hint`} className="text-xs text-stone-600">{t("practiceTimeLimitHint")}</p>
      </div>
      <QuestionKindsFieldset className="space-y-1 sm:col-span-2" />
      {error && <p role="alert" className="text-sm text-red-700 sm:col-span-2">{error}</p>}
      <div className="sm:col-span-2">
        <button type="submit" disabled={busy} className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-50">
          {busy ? t("practiceStarting") : t("practiceStart")}
        </button>
      </div>
    </form>
  );
}
