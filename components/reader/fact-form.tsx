"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";

export interface FactFormValues {
  kind: "event" | "agreement" | "position";
  statement: string;
  dateValue: string | null;
  datePrecision: "year" | "month" | "day" | null;
  actors: string[];
  speaker: string | null;
  name: string | null;
  items: string[];
  topics: string[];
}

const splitList = (s: string) => s.split(/[、,，]/).map((x) => x.trim()).filter(Boolean);
const precisionOf = (v: string) => (v.length === 4 ? "year" : v.length === 7 ? "month" : "day");

/** Edits the fields of a fact; the span (quote, offsets) is never editable here. */
export function FactForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: FactFormValues;
  submitLabel: string;
  onSubmit: (values: FactFormValues) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useTranslations("reader");
  const id = useId();
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const date = String(f.get("dateValue") ?? "").trim();
    const text = (k: string) => String(f.get(k) ?? "").trim();
    setBusy(true);
    await onSubmit({
      kind: text("kind") as FactFormValues["kind"],
      statement: text("statement"),
      dateValue: date || null,
      datePrecision: date ? precisionOf(date) : null,
      actors: splitList(text("actors")),
      speaker: text("speaker") || null,
      name: text("name") || null,
      items: text("items").split("\n").map((x) => x.trim()).filter(Boolean),
      topics: splitList(text("topics")),
    });
    setBusy(false);
  }

  const field = "w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm";
  return (
    <form onSubmit={submit} className="space-y-2 rounded border border-stone-300 bg-stone-50 p-3 text-sm">
      <label className="block" htmlFor={`${id}-kind`}>{t("filterKind")}</label>
      <select id={`${id}-kind`} name="kind" defaultValue={initial.kind} className={field}>
        {(["event", "agreement", "position"] as const).map((k) => (
          <option key={k} value={k}>{t(`kind.${k}`)}</option>
        ))}
      </select>
      <label className="block" htmlFor={`${id}-statement`}>{t("statement")}</label>
      <textarea id={`${id}-statement`} name="statement" required maxLength={500} rows={3} defaultValue={initial.statement} className={field} />
      <label className="block" htmlFor={`${id}-date`}>{t("dateValue")}</label>
      <input id={`${id}-date`} name="dateValue" pattern="\d{4}(-\d{2}(-\d{2})?)?" defaultValue={initial.dateValue ?? ""} className={field} />
      <label className="block" htmlFor={`${id}-actors`}>{t("actors")}</label>
      <input id={`${id}-actors`} name="actors" defaultValue={initial.actors.join("、")} className={field} />
      <label className="block" htmlFor={`${id}-speaker`}>{t("speaker")}</label>
      <input id={`${id}-speaker`} name="speaker" maxLength={80} defaultValue={initial.speaker ?? ""} className={field} />
      <label className="block" htmlFor={`${id}-name`}>{t("name")}</label>
      <input id={`${id}-name`} name="name" maxLength={80} defaultValue={initial.name ?? ""} className={field} />
      <label className="block" htmlFor={`${id}-items`}>{t("itemsField")}</label>
      <textarea id={`${id}-items`} name="items" rows={3} defaultValue={initial.items.join("\n")} className={field} />
      <label className="block" htmlFor={`${id}-topics`}>{t("topicsField")}</label>
      <input id={`${id}-topics`} name="topics" defaultValue={initial.topics.join("、")} className={field} />
      <div className="flex gap-2 pt-1">
        <button type="submit" disabled={busy} className="rounded bg-accent px-3 py-1 text-white disabled:opacity-60">{submitLabel}</button>
        <button type="button" onClick={onCancel} className="rounded border border-stone-300 px-3 py-1">{t("cancel")}</button>
      </div>
    </form>
  );
}
