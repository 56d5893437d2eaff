"use client";
// An instructor's preview of a quiz's fixed questions, with edit, drop and regenerate per
// question. The edit form validates with the server's own schema (lib/quiz/edit-question.ts) and
// shows its codes in the UI language; the server checks again and answers with codes too.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import "@/components/zod-browser-config";
import { useApiError } from "@/components/api-error";
import { ConfirmDialog } from "@/components/confirm-dialog";
import type { QuizQuestion } from "@/lib/quiz/assemble";
import { editableOf, editQuestionSchema, type EditQuestionInput } from "@/lib/quiz/edit-question";
import { callJson } from "./fetch-json";

export type PreviewQuestion = QuizQuestion & { edited: boolean; sourceHref: string | null };

const button = "rounded border border-stone-300 px-2 py-0.5 text-sm hover:bg-stone-100 disabled:opacity-60";

export function QuizQuestionsEditor({ quizId, attempts, questions }: { quizId: string; attempts: number; questions: PreviewQuestion[] }) {
  const t = useTranslations("quiz.preview");
  const apiError = useApiError();
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const [busy, startBusy] = useTransition();

  function run(url: string, method: string, done: string, body?: unknown) {
    setMessage("");
    startBusy(async () => {
      const r = await callJson(url, method, body);
      if (!r.ok) return setMessage(apiError(r.error));
      setEditing(null);
      setMessage(done);
      router.refresh();
    });
  }

  if (questions.length === 0) {
    return (
      <section className="space-y-2 rounded border border-amber-300 bg-amber-50 p-4" data-testid="quiz-not-fixed">
        <h2 className="font-bold">{t("notFixedTitle")}</h2>
        <p className="text-sm">{t("notFixedBody")}</p>
        <button type="button" className="rounded bg-accent px-3 py-1.5 text-white" disabled={busy} onClick={() => run(`/api/quizzes/${quizId}/questions`, "POST", t("fixed"))}>
          {t("fix")}
        </button>
        <p aria-live="polite" className="text-sm">{message}</p>
      </section>
    );
  }

  const base = `/api/quizzes/${quizId}/questions`;
  return (
    <div className="space-y-4" aria-busy={busy}>
      {attempts > 0 && (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="attempts-notice">{t("attemptsNotice", { count: attempts })}</p>
      )}
      <p aria-live="polite" className="text-sm text-stone-700" data-testid="preview-message">{message}</p>
      <ol className="space-y-3" data-testid="preview-questions">
        {questions.map((q, i) => {
          const n = i + 1;
          return (
            <li key={q.id} className="rounded border border-stone-200 bg-white p-3" data-testid="preview-question">
              <p className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
                <span className="font-bold text-stone-800">{t("number", { n })}</span>
                <KindLabel kind={q.kind} />
                {q.edited && <span className="rounded bg-stone-200 px-1.5">{t("edited")}</span>}
              </p>
              {editing === q.id ? (
                <QuestionForm
                  question={q}
                  busy={busy}
                  onCancel={() => setEditing(null)}
                  onSave={(input) => run(`${base}/${encodeURIComponent(q.id)}`, "PATCH", t("saved"), input)}
                />
              ) : (
                <>
                  <QuestionView question={q} />
                  <div className="mt-2 flex flex-wrap gap-2">
                    <button type="button" className={button} disabled={busy} onClick={() => setEditing(q.id)} aria-label={`${t("edit")} ${t("number", { n })}`}>
                      {t("edit")}
                    </button>
                    <ConfirmDialog
                      trigger={<button type="button" className={button} disabled={busy} aria-label={`${t("regenerate")} ${t("number", { n })}`}>{t("regenerate")}</button>}
                      title={t("regenerateTitle")}
                      description={t("regenerateBody", { n })}
                      confirmLabel={t("regenerate")}
                      cancelLabel={t("cancel")}
                      onConfirm={() => run(`${base}/${encodeURIComponent(q.id)}/regenerate`, "POST", t("regenerated"))}
                    />
                    {questions.length > 1 && (
                      <ConfirmDialog
                        trigger={<button type="button" className={button} disabled={busy} aria-label={`${t("drop")} ${t("number", { n })}`}>{t("drop")}</button>}
                        title={t("dropTitle")}
                        description={t("dropBody", { n })}
                        confirmLabel={t("drop")}
                        cancelLabel={t("cancel")}
                        onConfirm={() => run(`${base}/${encodeURIComponent(q.id)}`, "DELETE", t("dropped"))}
                      />
                    )}
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function KindLabel({ kind }: { kind: QuizQuestion["kind"] }) {
  const t = useTranslations("quiz");
  return <span className="rounded bg-sky-100 px-1.5 text-sky-900">{t(`kind_${kind}`)}</span>;
}

function QuestionView({ question: q }: { question: PreviewQuestion }) {
  const t = useTranslations("quiz.preview");
  return (
    <div className="mt-1 space-y-1" lang="ja">
      <p className="whitespace-pre-wrap font-medium">{q.prompt}</p>
      {q.kind === "multiple_choice" && (
        <ol className="ml-5 list-[upper-alpha] text-sm">
          {(q.options ?? []).map((o) => (
            <li key={o} className={o === q.answer ? "font-bold" : undefined}>
              {o}
              {o === q.answer && <span className="ml-1 font-normal text-green-800">（{t("rightOption")}）</span>}
            </li>
          ))}
        </ol>
      )}
      {q.kind === "typed" && (
        <p className="text-sm">
          <span className="text-stone-600">{t("acceptedAnswers")}：</span>
          <span className="font-bold">{(q.accepted ?? [String(q.answer)]).join(" / ")}</span>
        </p>
      )}
      {q.kind === "ordering" && Array.isArray(q.answer) && (
        <div className="text-sm">
          <p className="text-stone-600">{t("rightOrder")}</p>
          <ol className="ml-5 list-decimal font-bold">
            {q.answer.map((o) => <li key={o}>{o}</li>)}
          </ol>
        </div>
      )}
      <p className="text-sm text-stone-600">
        {t("source")}：{q.source.quote}
        {q.sourceHref && <> <Link href={q.sourceHref} className="text-accent underline">{t("openSource")}</Link></>}
      </p>
    </div>
  );
}

type FieldErrors = Partial<Record<"prompt" | "options" | "answer" | "accepted" | "items", string>>;

/** Field errors of the edit schema, as codes; a code of a list entry counts for the list. */
function errorsOf(input: EditQuestionInput): FieldErrors {
  const parsed = editQuestionSchema.safeParse(input);
  if (parsed.success) return {};
  const out: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "prompt") as keyof FieldErrors;
    out[field] ??= issue.message;
  }
  return out;
}

function QuestionForm({ question, busy, onSave, onCancel }: { question: QuizQuestion; busy: boolean; onSave: (input: EditQuestionInput) => void; onCancel: () => void }) {
  const t = useTranslations("quiz.preview");
  const te = useTranslations("quiz.editErrors");
  const [value, setValue] = useState<EditQuestionInput>(() => editableOf(question));
  const [errors, setErrors] = useState<FieldErrors>({});
  const id = (s: string) => `q-${question.id}-${s}`;
  const message = (code: string | undefined) => (code ? (te.has(code as "invalid") ? te(code as "invalid") : te("invalid")) : null);
  const input = "w-full rounded border border-stone-300 px-2 py-1";

  const list = value.kind === "multiple_choice" ? value.options : value.kind === "typed" ? value.accepted : value.items;
  const listField = value.kind === "multiple_choice" ? "options" : value.kind === "typed" ? "accepted" : "items";
  const setList = (next: string[]) =>
    setValue((v) => {
      if (v.kind === "multiple_choice") {
        // Renaming the right option keeps it the right one.
        const at = v.options.indexOf(v.answer);
        return { ...v, options: next, answer: at >= 0 && at < next.length ? next[at]! : v.answer };
      }
      return v.kind === "typed" ? { ...v, accepted: next } : { ...v, items: next };
    });
  const labels = {
    options: (n: number) => t("option", { n }),
    accepted: (n: number) => t("accepted", { n }),
    items: (n: number) => t("item", { n }),
  }[listField];
  const removeLabel = { options: "removeOption", accepted: "removeAccepted", items: "removeItem" }[listField] as "removeOption";
  const addLabel = { options: "addOption", accepted: "addAccepted", items: "addItem" }[listField] as "addOption";

  return (
    <form
      className="mt-2 space-y-3"
      noValidate
      data-testid="question-form"
      onSubmit={(e) => {
        e.preventDefault();
        const found = errorsOf(value);
        setErrors(found);
        if (Object.keys(found).length === 0) onSave(value);
      }}
    >
      <div>
        <label htmlFor={id("prompt")} className="block text-sm font-bold">{t("prompt")}</label>
        <textarea
          id={id("prompt")}
          rows={3}
          className={input}
          lang="ja"
          value={value.prompt}
          aria-invalid={!!errors.prompt}
          aria-describedby={errors.prompt ? id("prompt-error") : undefined}
          onChange={(e) => setValue((v) => ({ ...v, prompt: e.target.value }))}
        />
        {errors.prompt && <p id={id("prompt-error")} className="text-sm text-red-800">{message(errors.prompt)}</p>}
      </div>
      {value.kind === "ordering" && <p className="text-sm text-stone-600">{t("editHintOrdering")}</p>}
      {value.kind === "typed" && <p className="text-sm text-stone-600">{t("editHintTyped")}</p>}
      <fieldset className="space-y-2" aria-describedby={errors[listField] || errors.answer ? id("list-error") : undefined}>
        {value.kind === "multiple_choice" && <legend className="text-sm font-bold">{t("rightChoiceLegend")}</legend>}
        {list.map((item, i) => (
          <div key={i} className="flex items-center gap-2">
            {value.kind === "multiple_choice" && (
              <input
                type="radio"
                name={id("right")}
                className="h-5 w-5 shrink-0"
                aria-label={t("markRight", { n: i + 1 })}
                checked={list.indexOf(value.answer) === i}
                onChange={() => setValue((v) => (v.kind === "multiple_choice" ? { ...v, answer: item } : v))}
              />
            )}
            <label htmlFor={id(`item-${i}`)} className="sr-only">{labels(i + 1)}</label>
            <input
              id={id(`item-${i}`)}
              className={input}
              lang="ja"
              value={item}
              placeholder={labels(i + 1)}
              onChange={(e) => setList(list.map((x, j) => (j === i ? e.target.value : x)))}
            />
            <button
              type="button"
              className={button}
              aria-label={t(removeLabel, { n: i + 1 })}
              onClick={() => setList(list.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </div>
        ))}
        <button type="button" className={button} onClick={() => setList([...list, ""])}>{t(addLabel)}</button>
        {(errors[listField] || errors.answer) && (
          <p id={id("list-error")} className="text-sm text-red-800" role="alert">{message(errors[listField] ?? errors.answer)}</p>
        )}
      </fieldset>
      <div className="flex gap-2">
        <button type="submit" className="rounded bg-accent px-3 py-1 text-white disabled:opacity-60" disabled={busy}>{t("save")}</button>
        <button type="button" className={button} onClick={onCancel}>{t("cancel")}</button>
      </div>
    </form>
  );
}
