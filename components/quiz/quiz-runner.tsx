"use client";
// Takes a quiz one question at a time. The time shown counts down from what the server
// said was left; the server decides everything (a reload asks it again). When the quiz allows
// going back, a navigator lists every question (answered, not answered, flagged) and any
// question can be shown again and its answer changed until submitting.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useApiError } from "@/components/api-error";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { AlertDialog } from "radix-ui";
import type { AttemptView } from "@/lib/quiz/attempt-view";
import { nextAfterAnswer } from "@/lib/quiz/navigation";
import { callJson } from "./fetch-json";
import { OrderList } from "./order-list";
import { QuestionNavigator } from "./question-navigator";
import { clearQuestionFlags, useQuestionFlags } from "./quiz-flags";
import { CardQuestion } from "@/components/cards/card-question";

function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

const ANNOUNCE_AT_MIN = [10, 5, 1];

export function QuizRunner({ initial }: { initial: AttemptView }) {
  const t = useTranslations("quiz");
  const apiError = useApiError();
  const router = useRouter();
  const [view, setView] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [left, setLeft] = useState<{ total: number | null; question: number | null }>({ total: initial.remainingMs, question: initial.questionRemainingMs });
  const [announce, setAnnounce] = useState("");
  const base = useRef({ at: 0, total: initial.remainingMs, question: initial.questionRemainingMs });
  const announced = useRef(new Set<number>());
  const resultsUrl = `/quizzes/attempts/${initial.attemptId}/results`;
  const free = view.navigation === "free";
  const { flagged, toggle: toggleFlag } = useQuestionFlags(initial.attemptId);

  /** Asks the server for the attempt now; in free navigation, showing the question at `position`. */
  const load = useCallback(async (position: number | null) => {
    const query = position === null ? "" : `?position=${position}`;
    const r = await callJson<AttemptView>(`/api/attempts/${initial.attemptId}${query}`, "GET");
    if (!r.ok) return setError(apiError(r.error));
    if (r.data.status === "submitted") return router.push(resultsUrl);
    setView(r.data);
    setLeft({ total: r.data.remainingMs, question: r.data.questionRemainingMs });
  }, [apiError, initial.attemptId, resultsUrl, router]);
  const position = view.position;
  const refresh = useCallback(() => load(free ? position : null), [load, free, position]);

  async function go(target: number) {
    setBusy(true);
    setError(null);
    await load(target);
    setBusy(false);
  }

  useEffect(() => {
    base.current = { at: performance.now(), total: view.remainingMs, question: view.questionRemainingMs };
  }, [view]);

  useEffect(() => {
    if (view.remainingMs === null && view.questionRemainingMs === null) return;
    const id = setInterval(() => {
      const elapsed = performance.now() - base.current.at;
      const total = base.current.total === null ? null : base.current.total - elapsed;
      const question = base.current.question === null ? null : base.current.question - elapsed;
      setLeft({ total, question });
      if (total !== null) {
        for (const m of ANNOUNCE_AT_MIN) {
          if (total <= m * 60_000 && total > (m * 60_000 - 2_000) && !announced.current.has(m)) {
            announced.current.add(m);
            setAnnounce(t("timeAnnouncement", { minutes: m }));
          }
        }
      }
      if ((total !== null && total <= 0) || (question !== null && question <= 0)) {
        clearInterval(id);
        if (total !== null && total <= 0) setAnnounce(t("timeUp"));
        void refresh();
      }
    }, 500);
    return () => clearInterval(id);
  }, [view, refresh, t]);

  async function answer(value: string | string[]) {
    if (!view.question) return;
    setBusy(true);
    setError(null);
    const r = await callJson(`/api/attempts/${view.attemptId}/answers`, "POST", { questionId: view.question.id, answer: value });
    setBusy(false);
    if (!r.ok && r.error.code !== "already_answered" && r.error.code !== "expired") {
      setError(apiError(r.error));
      return void (await refresh());
    }
    // Free navigation goes on to the next question in order; sequential to the next unanswered one.
    await load(free && view.position !== null ? nextAfterAnswer(view.items, view.position) : null);
  }

  async function submit() {
    setBusy(true);
    const r = await callJson(`/api/attempts/${view.attemptId}/submit`, "POST");
    setBusy(false);
    if (!r.ok) return setError(apiError(r.error));
    clearQuestionFlags(view.attemptId);
    router.push(resultsUrl);
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{view.practice && `${t("practiceLabel")} · `}{view.quizTitle}</h1>
        {left.total !== null && (
          <p className="rounded bg-accent-soft px-3 py-1 font-mono text-lg" role="timer" aria-live="off" data-testid="time-left">
            <span className="sr-only">{t("timeLeft")} </span>
            {clock(left.total)}
          </p>
        )}
      </div>
      <p className="sr-only" aria-live="polite" data-testid="time-announcer">{announce}</p>
      <p className="text-sm text-stone-600" data-testid="quiz-progress">
        {view.position !== null ? t("progress", { current: view.position + 1, total: view.total }) : t("allAnswered")}
      </p>
      {left.question !== null && view.question && (
        <p className="text-sm" role="timer" aria-live="off">{t("questionTimeLeft")}: <span className="font-mono">{clock(left.question)}</span></p>
      )}
      {free && !view.question && <p className="text-sm text-stone-700">{t("reviewBeforeSubmit")}</p>}
      {view.question ? (
        <QuestionForm
          key={`${view.question.id}:${JSON.stringify(view.given)}`}
          question={view.question}
          given={view.given}
          submitLabel={free ? (view.given === null ? t("answerAndNext") : t("changeAnswer")) : t("answer")}
          busy={busy}
          onAnswer={answer}
          flag={free ? { on: flagged.has(view.question.id), toggle: () => toggleFlag(view.question!.id) } : null}
        />
      ) : null}
      {free && view.position !== null && (
        <div className="flex justify-between gap-2">
          <button type="button" className="rounded border border-stone-400 px-3 py-2 text-sm disabled:opacity-40" disabled={busy || view.position === 0} onClick={() => go(view.position! - 1)}>
            ← {t("previous")}
          </button>
          <button type="button" className="rounded border border-stone-400 px-3 py-2 text-sm disabled:opacity-40" disabled={busy || view.position >= view.total - 1} onClick={() => go(view.position! + 1)}>
            {t("next")} →
          </button>
        </div>
      )}
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
      {free && <QuestionNavigator items={view.items} current={view.position} flagged={flagged} busy={busy} onGo={go} />}
      <SubmitButton
        unanswered={view.total - view.answered}
        flagged={free ? view.items.filter((i) => flagged.has(i.questionId)).length : 0}
        busy={busy}
        prominent={!view.question}
        onSubmit={submit}
      />
    </div>
  );
}

/** Submitting asks first, saying how many questions are still unanswered (they score 0). */
function SubmitButton({ unanswered, flagged, busy, prominent, onSubmit }: { unanswered: number; flagged: number; busy: boolean; prominent: boolean; onSubmit: () => void }) {
  const t = useTranslations("quiz");
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <button type="button" disabled={busy} className={prominent ? "rounded bg-accent px-4 py-2 font-medium text-white" : "rounded border border-stone-400 px-4 py-2 text-sm"}>
          {busy ? t("submitting") : t("submit")}
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[min(92vw,26rem)] -translate-x-1/2 -translate-y-1/2 space-y-3 rounded bg-white p-5 shadow-lg">
          <AlertDialog.Title className="text-lg font-bold">{t("confirmSubmitTitle")}</AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-stone-700" data-testid="unanswered-count">
            {unanswered > 0 ? t("confirmSubmitUnanswered", { count: unanswered }) : t("confirmSubmitAll")}
            {flagged > 0 && <> {t("confirmSubmitFlagged", { count: flagged })}</>}
          </AlertDialog.Description>
          <div className="flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <button type="button" className="rounded border border-stone-300 px-3 py-2 text-sm">{t("keepAnswering")}</button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <button type="button" className="rounded bg-accent px-3 py-2 text-sm font-medium text-white" onClick={onSubmit}>{t("confirmSubmit")}</button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

function QuestionForm({
  question,
  given,
  submitLabel,
  busy,
  onAnswer,
  flag,
}: {
  question: NonNullable<AttemptView["question"]>;
  /** The saved answer, shown again to be changed (free navigation). */
  given: AttemptView["given"];
  submitLabel: string;
  busy: boolean;
  onAnswer: (v: string | string[]) => void;
  flag: { on: boolean; toggle: () => void } | null;
}) {
  const t = useTranslations("quiz");
  const id = useId();
  const [choice, setChoice] = useState<string>(typeof given === "string" && question.kind === "multiple_choice" ? given : "");
  const [typed, setTyped] = useState(typeof given === "string" && question.kind === "typed" ? given : "");
  const [order, setOrder] = useState<string[]>(Array.isArray(given) ? [...given] : (question.options ?? []));
  const value = question.kind === "multiple_choice" ? choice : question.kind === "typed" ? typed : order;
  const ready = question.kind === "multiple_choice" ? choice !== "" : true;
  return (
    <form
      className="space-y-4 rounded border border-stone-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) onAnswer(value);
      }}
    >
      <fieldset className="space-y-3">
        <legend className="mb-2 text-lg font-medium" id={`${id}-prompt`} data-testid="question-prompt"><span className="whitespace-pre-line"><CardQuestion text={question.prompt} /></span></legend>
        {question.kind === "multiple_choice" &&
          question.options?.map((o, i) => (
            <label key={o} className="flex items-center gap-2 rounded border border-stone-200 px-3 py-2 has-checked:border-accent has-checked:bg-accent-soft">
              <input type="radio" name={`${id}-choice`} value={o} checked={choice === o} onChange={() => setChoice(o)} autoFocus={i === 0} />
              <span>{o}</span>
            </label>
          ))}
        {question.kind === "typed" && (
          <div className="space-y-1">
            <label htmlFor={`${id}-typed`} className="block text-sm font-medium">{t("yourAnswer")}</label>
            <input id={`${id}-typed`} value={typed} onChange={(e) => setTyped(e.target.value)} maxLength={200} autoFocus autoComplete="off"
              aria-describedby={`${id}-typed-hint`} className="w-full rounded border border-stone-300 px-3 py-2" />
            <p id={`${id}-typed-hint`} className="text-xs text-stone-500">{t("typedHint")}</p>
          </div>
        )}
        {question.kind === "ordering" && (
          <div className="space-y-2">
            <p className="text-sm text-stone-600">{t("orderHint")}</p>
            <OrderList items={order} onChange={setOrder} />
          </div>
        )}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={busy || !ready} className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-50">
          {submitLabel}
        </button>
        {flag && (
          <button
            type="button"
            aria-pressed={flag.on}
            onClick={flag.toggle}
            data-testid="flag-toggle"
            className={flag.on ? "rounded border border-amber-500 bg-amber-100 px-3 py-2 text-sm text-amber-950" : "rounded border border-stone-400 px-3 py-2 text-sm"}
          >
            <span aria-hidden>⚑ </span>
            {flag.on ? t("unflag") : t("flag")}
          </button>
        )}
      </div>
    </form>
  );
}
