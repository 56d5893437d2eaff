"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useApiError } from "@/components/api-error";
import { useId, useState } from "react";
import { callJson } from "./fetch-json";
import { QuestionKindsFieldset } from "./question-kinds-fieldset";

const num = (v: FormDataEntryValue | null) => (v === null || String(v).trim() === "" ? null : Number(v));

export interface QuizSetOption {
  id: string;
  title: string;
  /** Why learners can read the whole set (built-in, public, shared, assigned for study), or null. */
  reason: "builtin" | "public" | "shared" | "assigned" | null;
  cards: number;
  exposedCards: number;
}

/** What the instructor should know about a set's questions before building a quiz from it. */
function ExposureNote({ set }: { set: QuizSetOption | undefined }) {
  const t = useTranslations("quiz");
  if (!set) return null;
  if (set.reason) {
    return (
      <div className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="open-book">
        <p className="font-semibold">{t("openBookTitle")}</p>
        <p>{t(`openBook_${set.reason}`)} {t("openBookHow")}</p>
      </div>
    );
  }
  if (set.exposedCards > 0) {
    return (
      <div className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="open-book">
        <p className="font-semibold">{t("partlyOpenTitle", { exposed: set.exposedCards, total: set.cards })}</p>
        <p>{t("partlyOpenBody")}</p>
      </div>
    );
  }
  return <p className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900" data-testid="closed-book">{t("closedBook")}</p>;
}

export function QuizCreateForm({ sets }: { sets: QuizSetOption[] }) {
  const t = useTranslations("quiz");
  const apiError = useApiError();
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [setId, setSetId] = useState(sets[0]?.id ?? "");
  if (!sets.length) return <p>{t("noSets")}</p>;
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const minutes = num(f.get("timeLimit"));
    setBusy(true);
    const r = await callJson<{ quiz: { id: string } }>("/api/quizzes", "POST", {
      title: String(f.get("title") ?? ""),
      setId: String(f.get("setId") ?? ""),
      questionCount: Number(f.get("questionCount")),
      kinds: f.getAll("kinds").map(String),
      timeLimitSec: minutes === null ? null : Math.round(minutes * 60),
      perQuestionSec: num(f.get("perQuestionSec")),
      shuffle: f.get("shuffle") === "on",
      attemptsAllowed: num(f.get("attemptsAllowed")),
      showAnswers: String(f.get("showAnswers")),
      allowBack: f.get("allowBack") === "on",
    });
    setBusy(false);
    if (!r.ok) return setError(apiError(r.error));
    router.push(`/quizzes/${r.data.quiz.id}`);
  }
  const input = "w-full rounded border border-stone-300 bg-white px-3 py-2";
  return (
    <form onSubmit={onSubmit} className="grid gap-4 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2">
      <div className="space-y-1 sm:col-span-2">
        <label htmlFor={`${id}-title`} className="block text-sm font-medium">{t("name")}</label>
        <input id={`${id}-title`} name="title" required maxLength={120} className={input} />
      </div>
      <div className="space-y-1 sm:col-span-2">
        <label htmlFor={`${id}-set`} className="block text-sm font-medium">{t("set")}</label>
        <select id={`${id}-set`} name="setId" className={input} value={setId} onChange={(e) => setSetId(e.target.value)} aria-describedby={`${id}-exposure`}>
          {sets.some((s) => !s.reason) && (
            <optgroup label={t("setsPrivate")}>
              {sets.filter((s) => !s.reason).map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
            </optgroup>
          )}
          <optgroup label={t("setsReadable")}>
            {sets.filter((s) => s.reason).map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
          </optgroup>
        </select>
        <div id={`${id}-exposure`} aria-live="polite">
          <ExposureNote set={sets.find((s) => s.id === setId)} />
        </div>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-count`} className="block text-sm font-medium">{t("count")}</label>
        <input id={`${id}-count`} name="questionCount" type="number" min={1} max={200} defaultValue={10} required className={input} />
      </div>
      <QuestionKindsFieldset className="space-y-1" />
      <div className="space-y-1">
        <label htmlFor={`${id}-limit`} className="block text-sm font-medium">{t("timeLimit")}</label>
        <input id={`${id}-limit`} name="timeLimit" type="number" min={1} max={360} step="any" className={input} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-perq`} className="block text-sm font-medium">{t("perQuestion")}</label>
        <input id={`${id}-perq`} name="perQuestionSec" type="number" min={5} max={3600} className={input} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-attempts`} className="block text-sm font-medium">{t("attempts")}</label>
        <input id={`${id}-attempts`} name="attemptsAllowed" type="number" min={1} max={100} defaultValue={1} className={input} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-show`} className="block text-sm font-medium">{t("showAnswers")}</label>
        <select id={`${id}-show`} name="showAnswers" className={input}>
          {(["after_submit", "after_due", "never"] as const).map((s) => <option key={s} value={s}>{t(`show_${s}`)}</option>)}
        </select>
      </div>
      <label className="inline-flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" name="shuffle" defaultChecked /> {t("shuffle")}
      </label>
      <div className="space-y-1 sm:col-span-2">
        <label className="inline-flex items-center gap-2 text-sm">
          <input type="checkbox" name="allowBack" aria-describedby={`${id}-back-hint`} /> {t("allowBack")}
        </label>
        <p id={`${id}-back-hint`} className="text-xs text-stone-600">{t("allowBackHint")}</p>
      </div>
      {error && <p role="alert" className="text-sm text-red-700 sm:col-span-2">{error}</p>}
      <div className="sm:col-span-2">
        <button type="submit" disabled={busy} className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-50">{t("create")}</button>
      </div>
    </form>
  );
}
