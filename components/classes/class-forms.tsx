"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { callJson } from "@/components/quiz/fetch-json";

const input = "w-full rounded border border-stone-300 bg-white px-3 py-2";

export function ClassCreateForm() {
  const t = useTranslations("classes");
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const name = String(new FormData(e.currentTarget).get("name") ?? "");
        const r = await callJson<{ class: { id: string } }>("/api/classes", "POST", { name });
        if (!r.ok) return setError(t("error", { message: r.error.message }));
        router.push(`/classes/${r.data.class.id}`);
      }}
    >
      <div className="grow space-y-1">
        <label htmlFor={id} className="block text-sm font-medium">{t("name")}</label>
        <input id={id} name="name" required maxLength={100} className={input} />
      </div>
      <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-white">{t("create")}</button>
      {error && <p role="alert" className="w-full text-sm text-red-700">{error}</p>}
    </form>
  );
}

/** Join by typing a code, or (from /join/<code>) by confirming a known code. */
export function JoinForm({ code }: { code?: string }) {
  const t = useTranslations("classes");
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const value = code ?? String(new FormData(e.currentTarget).get("code") ?? "");
        const r = await callJson<{ classId: string }>("/api/classes/join", "POST", { code: value });
        if (!r.ok) return setError(r.error.code === "invalid_code" ? t("invalidCode") : r.error.code === "removed" ? t("removedMessage") : t("error", { message: r.error.message }));
        router.push(`/classes/${r.data.classId}`);
      }}
    >
      {!code && (
        <div className="grow space-y-1">
          <label htmlFor={id} className="block text-sm font-medium">{t("joinWithCode")}</label>
          <input id={id} name="code" required maxLength={32} autoComplete="off" className={`${input} font-mono uppercase`} />
        </div>
      )}
      <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-white">{t("joinButton")}</button>
      {error && <p role="alert" className="w-full text-sm text-red-700">{error}</p>}
    </form>
  );
}

export function RemoveLearnerButton({ classId, userId, name }: { classId: string; userId: string; name: string }) {
  const t = useTranslations("classes");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="rounded border border-red-300 px-2 py-1 text-sm text-red-700"
        onClick={async () => {
          const r = await callJson(`/api/classes/${classId}/learners/${userId}`, "DELETE");
          if (!r.ok) return setError(r.error.message);
          router.refresh();
        }}
      >
        {t("remove", { name })}
      </button>
      {error && <span role="alert" className="text-sm text-red-700">{error}</span>}
    </>
  );
}

function toIso(local: FormDataEntryValue | null): string {
  // datetime-local has no zone: it is the browser's local time.
  return new Date(String(local ?? "")).toISOString();
}

export function AssignmentCreateForm({ classId, sets, quizzes }: { classId: string; sets: { id: string; title: string }[]; quizzes: { id: string; title: string }[] }) {
  const t = useTranslations("assignments");
  const router = useRouter();
  const id = useId();
  const [kind, setKind] = useState<"quiz" | "study">(quizzes.length ? "quiz" : "study");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const num = (v: FormDataEntryValue | null) => (v === null || String(v).trim() === "" ? null : Number(v));
  return (
    <form
      className="grid gap-4 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2"
      onSubmit={async (e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        setDone(false);
        let opensAt: string, dueAt: string;
        try {
          opensAt = toIso(f.get("opensAt"));
          dueAt = toIso(f.get("dueAt"));
        } catch {
          return setError(t("error", { message: "date" }));
        }
        const minutes = num(f.get("timeLimit"));
        const mastery = num(f.get("targetMastery"));
        const body =
          kind === "quiz"
            ? { title: String(f.get("title")), kind, quizId: String(f.get("quizId")), opensAt, dueAt, timeLimitSec: minutes === null ? null : Math.round(minutes * 60) }
            : { title: String(f.get("title")), kind, setId: String(f.get("setId")), opensAt, dueAt, targetReviews: num(f.get("targetReviews")), targetMastery: mastery === null ? null : mastery / 100 };
        const r = await callJson(`/api/classes/${classId}/assignments`, "POST", body);
        if (!r.ok) return setError(t("error", { message: r.error.message }));
        setError(null);
        setDone(true);
        router.refresh();
      }}
    >
      <div className="space-y-1 sm:col-span-2">
        <label htmlFor={`${id}-title`} className="block text-sm font-medium">{t("name")}</label>
        <input id={`${id}-title`} name="title" required maxLength={120} className={input} />
      </div>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium">{t("kind")}</legend>
        {(["quiz", "study"] as const).map((k) => (
          <label key={k} className="mr-4 inline-flex items-center gap-1 text-sm">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`kind_${k}`)}
          </label>
        ))}
      </fieldset>
      {kind === "quiz" ? (
        <>
          <div className="space-y-1">
            <label htmlFor={`${id}-quiz`} className="block text-sm font-medium">{t("quiz")}</label>
            {quizzes.length ? (
              <select id={`${id}-quiz`} name="quizId" className={input}>{quizzes.map((q) => <option key={q.id} value={q.id}>{q.title}</option>)}</select>
            ) : (
              <p className="text-sm">{t("noQuizzes")}</p>
            )}
          </div>
          <div className="space-y-1">
            <label htmlFor={`${id}-limit`} className="block text-sm font-medium">{t("timeLimit")}</label>
            <input id={`${id}-limit`} name="timeLimit" type="number" min={1} max={360} step="any" className={input} />
          </div>
        </>
      ) : (
        <>
          <div className="space-y-1 sm:col-span-2">
            <label htmlFor={`${id}-set`} className="block text-sm font-medium">{t("set")}</label>
            <select id={`${id}-set`} name="setId" className={input}>{sets.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}</select>
          </div>
          <p id={`${id}-target-hint`} className="text-xs text-stone-500 sm:col-span-2">{t("targetHint")}</p>
          <div className="space-y-1">
            <label htmlFor={`${id}-reviews`} className="block text-sm font-medium">{t("targetReviews")}</label>
            <input id={`${id}-reviews`} name="targetReviews" type="number" min={1} max={10000} aria-describedby={`${id}-target-hint`} className={input} />
          </div>
          <div className="space-y-1">
            <label htmlFor={`${id}-mastery`} className="block text-sm font-medium">{t("targetMastery")}</label>
            <input id={`${id}-mastery`} name="targetMastery" type="number" min={5} max={100} aria-describedby={`${id}-target-hint`} className={input} />
          </div>
        </>
      )}
      <div className="space-y-1">
        <label htmlFor={`${id}-opens`} className="block text-sm font-medium">{t("opensAt")}</label>
        <input id={`${id}-opens`} name="opensAt" type="datetime-local" required className={input} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-due`} className="block text-sm font-medium">{t("dueAt")}</label>
        <input id={`${id}-due`} name="dueAt" type="datetime-local" required className={input} />
      </div>
      {error && <p role="alert" className="text-sm text-red-700 sm:col-span-2">{error}</p>}
      {done && <p role="status" className="text-sm text-green-700 sm:col-span-2">{t("created")}</p>}
      <div className="sm:col-span-2">
        <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-white">{t("create")}</button>
      </div>
    </form>
  );
}
