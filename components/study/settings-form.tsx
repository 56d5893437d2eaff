"use client";
import { useTranslations } from "next-intl";
import { errorCodeOf, useApiError } from "@/components/api-error";
import { useState } from "react";

interface Settings {
  desiredRetention: number;
  newPerDay: number;
  reviewsPerDay: number;
  timeZone: string;
  siblingsSameDay: boolean;
}

const field = "mt-1 w-full rounded border border-stone-300 px-2 py-1 sm:w-64";

export function SettingsForm({ initial, timeZones }: { initial: Settings; timeZones: string[] }) {
  const t = useTranslations("settings");
  const apiError = useApiError();
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setStatus("");
    setError("");
    const body = {
      desiredRetention: Number(f.get("retention")) / 100,
      newPerDay: Number(f.get("newPerDay")),
      reviewsPerDay: Number(f.get("reviewsPerDay")),
      timeZone: String(f.get("timeZone")),
      siblingsSameDay: f.get("siblingsSameDay") === "on",
    };
    const res = await fetch("/api/settings", { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    if (res.ok) setStatus(t("saved"));
    else {
      setError(apiError(errorCodeOf(await res.json().catch(() => null))));
    }
  }
  return (
    <form onSubmit={submit} className="space-y-4 rounded border border-stone-200 bg-white p-4" data-testid="settings-form">
      <div>
        <label htmlFor="retention" className="block font-bold">{t("retention")}</label>
        <input id="retention" name="retention" type="number" min={70} max={99} step={1} required defaultValue={Math.round(initial.desiredRetention * 100)} aria-describedby="retention-help" className={field} />
        <p id="retention-help" className="text-sm text-stone-600">{t("retentionHelp")}</p>
      </div>
      <div>
        <label htmlFor="newPerDay" className="block font-bold">{t("newPerDay")}</label>
        <input id="newPerDay" name="newPerDay" type="number" min={0} max={1000} required defaultValue={initial.newPerDay} className={field} />
      </div>
      <div>
        <label htmlFor="reviewsPerDay" className="block font-bold">{t("reviewsPerDay")}</label>
        <input id="reviewsPerDay" name="reviewsPerDay" type="number" min={0} max={10000} required defaultValue={initial.reviewsPerDay} className={field} />
      </div>
      <div>
        <label htmlFor="timeZone" className="block font-bold">{t("timeZone")}</label>
        <select id="timeZone" name="timeZone" defaultValue={initial.timeZone} aria-describedby="tz-help" className={field}>
          {timeZones.map((z) => <option key={z} value={z}>{z}</option>)}
        </select>
        <p id="tz-help" className="text-sm text-stone-600">{t("timeZoneHelp")}</p>
      </div>
      <div>
        <div className="flex items-center gap-2">
          <input id="siblingsSameDay" name="siblingsSameDay" type="checkbox" defaultChecked={initial.siblingsSameDay} aria-describedby="siblings-help" className="h-4 w-4" />
          <label htmlFor="siblingsSameDay" className="font-bold">{t("siblings")}</label>
        </div>
        <p id="siblings-help" className="text-sm text-stone-600">{t("siblingsHelp")}</p>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-green-800">{status}</p>
      {error && <p role="alert" className="text-sm text-red-800">{error}</p>}
      <button type="submit" className="rounded bg-accent px-4 py-2 text-white">{t("save")}</button>
    </form>
  );
}
