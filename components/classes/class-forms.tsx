"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useApiError } from "@/components/api-error";
import { useId, useState } from "react";
import { callJson } from "@/components/quiz/fetch-json";
import { utcToZonedWallTime, zonedWallTimeToUtc } from "@/lib/dates/zoned";

const input = "w-full rounded border border-stone-300 bg-white px-3 py-2";

export function ClassCreateForm() {
  const t = useTranslations("classes");
  const apiError = useApiError();
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
        if (!r.ok) return setError(apiError(r.error));
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
  const apiError = useApiError();
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
        if (!r.ok) return setError(r.error.code === "invalid_code" ? t("invalidCode") : r.error.code === "removed" ? t("removedMessage") : apiError(r.error));
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
  const apiError = useApiError();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="rounded border border-red-300 px-2 py-1 text-sm text-red-700"
        onClick={async () => {
          const r = await callJson(`/api/classes/${classId}/learners/${userId}`, "DELETE");
          if (!r.ok) return setError(apiError(r.error));
          router.refresh();
        }}
      >
        {t("remove", { name })}
      </button>
      {error && <span role="alert" className="text-sm text-red-700">{error}</span>}
    </>
  );
}

export interface AssignmentFormValues {
  id: string;
  title: string;
  kind: "quiz" | "study";
  setId: string | null;
  quizId: string | null;
  opensAt: string;
  dueAt: string;
  lateUntil: string | null;
  timeLimitSec: number | null;
  targetReviews: number | null;
  targetMastery: number | null;
}

/**
 * Adds an assignment to a class, or edits one (`initial`). Date-time fields are read in the
 * user's configured time zone, which the labels name, never the browser's.
 */
export function AssignmentForm({ classId, sets, quizzes, timeZone, zoneName, initial }: {
  classId: string;
  sets: { id: string; title: string }[];
  quizzes: { id: string; title: string }[];
  timeZone: string;
  zoneName: string;
  initial?: AssignmentFormValues;
}) {
  const t = useTranslations("assignments");
  const apiError = useApiError();
  const router = useRouter();
  const id = useId();
  const [kind, setKind] = useState<"quiz" | "study">(initial?.kind ?? (quizzes.length ? "quiz" : "study"));
  const [late, setLate] = useState(!!initial?.lateUntil);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const num = (v: FormDataEntryValue | null) => (v === null || String(v).trim() === "" ? null : Number(v));
  const wall = (iso: string | null | undefined) => (iso ? utcToZonedWallTime(new Date(iso), timeZone) : undefined);
  const zone = t("zoneHint", { zone: zoneName, timeZone });
  return (
    <form
      className="grid gap-4 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const f = new FormData(form);
        setDone(false);
        let opensAt: string, dueAt: string, lateUntil: string | null;
        try {
          opensAt = zonedWallTimeToUtc(String(f.get("opensAt")), timeZone).toISOString();
          dueAt = zonedWallTimeToUtc(String(f.get("dueAt")), timeZone).toISOString();
          lateUntil = late ? zonedWallTimeToUtc(String(f.get("lateUntil")), timeZone).toISOString() : null;
        } catch {
          return setError(t("badDate"));
        }
        if (lateUntil && lateUntil <= dueAt) return setError(t("lateBeforeDue"));
        const minutes = num(f.get("timeLimit"));
        const mastery = num(f.get("targetMastery"));
        const body =
          kind === "quiz"
            ? { title: String(f.get("title")), kind, quizId: String(f.get("quizId")), opensAt, dueAt, lateUntil, timeLimitSec: minutes === null ? null : Math.round(minutes * 60) }
            : { title: String(f.get("title")), kind, setId: String(f.get("setId")), opensAt, dueAt, lateUntil, targetReviews: num(f.get("targetReviews")), targetMastery: mastery === null ? null : mastery / 100 };
        setBusy(true);
        const r = initial
          ? await callJson(`/api/assignments/${initial.id}`, "PATCH", body)
          : await callJson(`/api/classes/${classId}/assignments`, "POST", body);
        setBusy(false);
        if (!r.ok) return setError(apiError(r.error));
        setError(null);
        setDone(true);
        // A fresh form after adding, so a second click cannot add the same assignment again.
        if (!initial) {
          form.reset();
          setLate(false);
        }
        router.refresh();
      }}
    >
      <p id={`${id}-zone`} className="text-sm text-stone-600 sm:col-span-2">{zone}</p>
      <div className="space-y-1 sm:col-span-2">
        <label htmlFor={`${id}-title`} className="block text-sm font-medium">{t("name")}</label>
        <input id={`${id}-title`} name="title" required maxLength={120} defaultValue={initial?.title} className={input} />
      </div>
      {!initial && (
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium">{t("kind")}</legend>
          {(["quiz", "study"] as const).map((k) => (
            <label key={k} className="mr-4 inline-flex items-center gap-1 text-sm">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`kind_${k}`)}
            </label>
          ))}
        </fieldset>
      )}
      {kind === "quiz" ? (
        <>
          <div className="space-y-1">
            <label htmlFor={`${id}-quiz`} className="block text-sm font-medium">{t("quiz")}</label>
            {quizzes.length ? (
              <select id={`${id}-quiz`} name="quizId" defaultValue={initial?.quizId ?? undefined} className={input}>{quizzes.map((q) => <option key={q.id} value={q.id}>{q.title}</option>)}</select>
            ) : (
              <p className="text-sm">{t("noQuizzes")}</p>
            )}
          </div>
          <div className="space-y-1">
            <label htmlFor={`${id}-limit`} className="block text-sm font-medium">{t("timeLimit")}</label>
            <input id={`${id}-limit`} name="timeLimit" type="number" min={1} max={360} step="any" defaultValue={initial?.timeLimitSec ? initial.timeLimitSec / 60 : undefined} className={input} />
          </div>
        </>
      ) : (
        <>
          <div className="space-y-1 sm:col-span-2">
            <label htmlFor={`${id}-set`} className="block text-sm font-medium">{t("set")}</label>
            <select id={`${id}-set`} name="setId" defaultValue={initial?.setId ?? undefined} className={input}>{sets.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}</select>
          </div>
          <p id={`${id}-target-hint`} className="text-xs text-stone-600 sm:col-span-2">{t("targetHint")}</p>
          <div className="space-y-1">
            <label htmlFor={`${id}-reviews`} className="block text-sm font-medium">{t("targetReviews")}</label>
            <input id={`${id}-reviews`} name="targetReviews" type="number" min={1} max={10000} defaultValue={initial?.targetReviews ?? undefined} aria-describedby={`${id}-target-hint`} className={input} />
          </div>
          <div className="space-y-1">
            <label htmlFor={`${id}-mastery`} className="block text-sm font-medium">{t("targetMastery")}</label>
            <input id={`${id}-mastery`} name="targetMastery" type="number" min={5} max={100} defaultValue={initial?.targetMastery != null ? Math.round(initial.targetMastery * 100) : undefined} aria-describedby={`${id}-target-hint`} className={input} />
          </div>
        </>
      )}
      <div className="space-y-1">
        <label htmlFor={`${id}-opens`} className="block text-sm font-medium">{t("opensAtZone", { zone: zoneName })}</label>
        <input id={`${id}-opens`} name="opensAt" type="datetime-local" required defaultValue={wall(initial?.opensAt)} aria-describedby={`${id}-zone`} className={input} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-due`} className="block text-sm font-medium">{t("dueAtZone", { zone: zoneName })}</label>
        <input id={`${id}-due`} name="dueAt" type="datetime-local" required defaultValue={wall(initial?.dueAt)} aria-describedby={`${id}-zone`} className={input} />
      </div>
      <div className="space-y-2 sm:col-span-2">
        <label className="inline-flex items-center gap-2 text-sm">
          <input type="checkbox" name="acceptLate" checked={late} onChange={(e) => setLate(e.target.checked)} /> {t("acceptLate")}
        </label>
        {late && (
          <div className="space-y-1">
            <label htmlFor={`${id}-late`} className="block text-sm font-medium">{t("lateUntilZone", { zone: zoneName })}</label>
            <input id={`${id}-late`} name="lateUntil" type="datetime-local" required defaultValue={wall(initial?.lateUntil)} aria-describedby={`${id}-zone`} className={`${input} sm:max-w-xs`} />
          </div>
        )}
        <p className="text-xs text-stone-600">{t("lateHint")}</p>
      </div>
      {error && <p role="alert" className="text-sm text-red-700 sm:col-span-2">{error}</p>}
      {done && <p role="status" className="text-sm text-green-700 sm:col-span-2">{initial ? t("saved") : t("created")}</p>}
      <div className="sm:col-span-2">
        <button type="submit" disabled={busy} className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-50">{initial ? t("save") : t("create")}</button>
      </div>
    </form>
  );
}
