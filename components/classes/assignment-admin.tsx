"use client";
// The instructor's tools on an assignment page: delete (confirmed; warns when learners have
// attempted it), duplicate to another class, and per-learner due-date extensions.
import { AlertDialog } from "radix-ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useApiError } from "@/components/api-error";
import { callJson } from "@/components/quiz/fetch-json";
import { utcToZonedWallTime, zonedWallTimeToUtc } from "@/lib/dates/zoned";

const input = "rounded border border-stone-300 bg-white px-3 py-2";

export function DeleteAssignmentButton({ assignmentId, classId, attempts }: { assignmentId: string; classId: string; attempts: number }) {
  const t = useTranslations("assignments");
  const apiError = useApiError();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <button type="button" className="rounded border border-red-300 px-3 py-2 text-sm text-red-800">{t("delete")}</button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[min(92vw,28rem)] -translate-x-1/2 -translate-y-1/2 space-y-3 rounded bg-white p-5 shadow-lg">
          <AlertDialog.Title className="text-lg font-bold">{t("deleteTitle")}</AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-stone-700">
            {attempts > 0 ? t("deleteWithAttempts", { count: attempts }) : t("deleteBody")}
          </AlertDialog.Description>
          {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
          <div className="flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <button type="button" className="rounded border border-stone-300 px-3 py-2 text-sm">{t("cancel")}</button>
            </AlertDialog.Cancel>
            <button
              type="button"
              className="rounded bg-red-700 px-3 py-2 text-sm font-medium text-white"
              onClick={async () => {
                const r = await callJson(`/api/assignments/${assignmentId}`, "DELETE", { confirmAttempts: attempts > 0 });
                if (!r.ok) return setError(apiError(r.error));
                router.push(`/classes/${classId}`);
              }}
            >
              {t("deleteConfirm")}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

export function DuplicateAssignmentForm({ assignmentId, classes }: { assignmentId: string; classes: { id: string; name: string }[] }) {
  const t = useTranslations("assignments");
  const apiError = useApiError();
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  if (!classes.length) return null;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={async (e) => {
        e.preventDefault();
        const classId = String(new FormData(e.currentTarget).get("classId"));
        const r = await callJson<{ assignment: { id: string } }>(`/api/assignments/${assignmentId}/duplicate`, "POST", { classId });
        if (!r.ok) return setError(apiError(r.error));
        router.push(`/assignments/${r.data.assignment.id}`);
      }}
    >
      <div className="space-y-1">
        <label htmlFor={`${id}-class`} className="block text-sm font-medium">{t("duplicateTo")}</label>
        <select id={`${id}-class`} name="classId" className={input}>{classes.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</select>
      </div>
      <button type="submit" className="rounded border border-accent px-3 py-2 text-sm text-accent">{t("duplicate")}</button>
      {error && <p role="alert" className="w-full text-sm text-red-700">{error}</p>}
    </form>
  );
}

export function ExtensionRow({ assignmentId, learner, timeZone, zoneName, defaultDue }: {
  assignmentId: string;
  learner: { id: string; name: string; dueAt: string | null };
  timeZone: string;
  zoneName: string;
  defaultDue: string;
}) {
  const t = useTranslations("assignments");
  const apiError = useApiError();
  const router = useRouter();
  const id = useId();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function save(dueAt: string | null) {
    const r = await callJson(`/api/assignments/${assignmentId}/extensions`, "PUT", { userId: learner.id, dueAt });
    if (!r.ok) return setMessage({ ok: false, text: apiError(r.error) });
    setMessage({ ok: true, text: dueAt ? t("extensionSaved") : t("extensionCleared") });
    router.refresh();
  }
  return (
    <li className="flex flex-wrap items-end gap-2 p-3" data-testid="extension-row">
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          const v = String(new FormData(e.currentTarget).get("dueAt"));
          try {
            void save(zonedWallTimeToUtc(v, timeZone).toISOString());
          } catch {
            setMessage({ ok: false, text: t("badDate") });
          }
        }}
      >
        <div className="space-y-1">
          <label htmlFor={`${id}-due`} className="block text-sm font-medium">{t("extensionFor", { name: learner.name, zone: zoneName })}</label>
          <input id={`${id}-due`} name="dueAt" type="datetime-local" required defaultValue={utcToZonedWallTime(new Date(learner.dueAt ?? defaultDue), timeZone)} className={input} />
        </div>
        <button type="submit" className="rounded border border-accent px-3 py-2 text-sm text-accent">{t("extensionSave")}</button>
      </form>
      {learner.dueAt && (
        <button type="button" className="rounded border border-stone-300 px-3 py-2 text-sm" onClick={() => void save(null)}>{t("extensionClear")}</button>
      )}
      {message && <p role={message.ok ? "status" : "alert"} className={`w-full text-sm ${message.ok ? "text-green-700" : "text-red-700"}`}>{message.text}</p>}
    </li>
  );
}
