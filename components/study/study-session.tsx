"use client";
// The study screen: front → reveal → Again/Hard/Good/Easy. Keys: Space reveals, 1–4 grade,
// Z undoes. Every grade is sent once with its own idempotency key (a retry reuses it), and
// the server's state is what the screen continues from.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import "@/components/zod-browser-config";
import { errorCodeOf, useApiError } from "@/components/api-error";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { LEARN_AHEAD_MS } from "@/lib/srs/queue";
import { formatInterval, previewIntervals, REVIEW_RATINGS, type CardState, type ReviewRating } from "@/lib/srs/schedule";
import type { StudyCard } from "@/lib/study/load-queue";
import { summarizeSession, type SessionReview } from "@/lib/study/session-summary";
import { CardQuestion } from "@/components/cards/card-question";
import { SWIPE_RATINGS } from "@/lib/study/swipe";
import { useSwipeGrade } from "./use-swipe-grade";

interface Props {
  initial: StudyCard[];
  later: StudyCard[];
  desiredRetention: number;
  /** The learner's FSRS weights (null: defaults), so the buttons show what the server will schedule. */
  parameters: readonly number[] | null;
  setId: string | null;
}

interface UndoEntry {
  reviewId: string;
  card: StudyCard;
}

const OPTION_LABELS = ["A", "B", "C", "D", "E", "F", "G", "H"];

function newKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

async function postJson(url: string, body: unknown): Promise<{ ok: boolean; status: number; data: unknown }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const data: unknown = await res.json().catch(() => null);
  return { ok: res.ok, status: res.status, data };
}

function placeAfterReview(card: StudyCard, state: CardState, queue: StudyCard[], later: StudyCard[]) {
  const updated = { ...card, state };
  const due = Date.parse(state.due);
  const learning = state.state === "learning" || state.state === "relearning";
  if (!learning) return { queue, later };
  if (due <= Date.now() + LEARN_AHEAD_MS) return { queue: [...queue, updated], later };
  return { queue, later: [...later, updated].sort((a, b) => Date.parse(a.state!.due) - Date.parse(b.state!.due)) };
}

export function StudySession({ initial, later: initialLater, desiredRetention, parameters, setId }: Props) {
  const t = useTranslations("study");
  const apiError = useApiError();
  const intervalLocale = useLocale() === "en" ? "en" : "ja";
  const [queue, setQueue] = useState(initial);
  const [later, setLater] = useState(initialLater);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [announce, setAnnounce] = useState("");
  const [error, setError] = useState("");
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  const [done, setDone] = useState<SessionReview[]>([]);
  const shownAt = useRef(0);
  const keyFor = useRef(new Map<string, string>());
  const answerRef = useRef<HTMLHeadingElement>(null);
  const current = queue[0];

  useEffect(() => {
    shownAt.current = Date.now();
  }, [current?.id, current?.state?.reps]);

  const previews = useMemo(
    () => (current && revealed ? previewIntervals(current.state, new Date(), desiredRetention, true, parameters) : null),
    [current, revealed, desiredRetention, parameters],
  );

  const reveal = useCallback(() => {
    if (!current || revealed) return;
    setRevealed(true);
    setAnnounce(t("revealed"));
    requestAnimationFrame(() => answerRef.current?.focus());
  }, [current, revealed, t]);

  const grade = useCallback(
    async (rating: ReviewRating) => {
      if (!current || !revealed || busy) return;
      const slot = `${current.id}:${current.state?.reps ?? 0}`;
      const idempotencyKey = keyFor.current.get(slot) ?? newKey();
      keyFor.current.set(slot, idempotencyKey);
      setBusy(true);
      setError("");
      try {
        const body = { cardId: current.id, rating, idempotencyKey, durationMs: Math.max(0, Date.now() - shownAt.current) };
        let res = await postJson("/api/reviews", body).catch(() => null);
        if (!res) res = await postJson("/api/reviews", body); // one retry with the same key
        const data = res.data as { reviewId?: string; state?: CardState; error?: { code?: string; message?: string; fields?: { reviewId?: string } } } | null;
        let reviewId: string | undefined;
        let state: CardState | undefined;
        if (res.ok && data?.reviewId && data.state) {
          reviewId = data.reviewId;
          state = data.state;
        } else if (res.status === 409 && data?.error?.code === "replayed") {
          // Already recorded by an earlier attempt: move on.
          reviewId = data.error.fields?.reviewId;
        } else {
          setError(apiError(errorCodeOf(data)));
          return;
        }
        keyFor.current.delete(slot);
        const rest = queue.slice(1);
        const placed = state ? placeAfterReview(current, state, rest, later) : { queue: rest, later };
        setQueue(placed.queue);
        setLater(placed.later);
        if (reviewId) setUndoStack((s) => [...s.slice(-19), { reviewId: reviewId!, card: current }]);
        setDone((d) => [...d, { rating, durationMs: body.durationMs }]);
        setRevealed(false);
        setAnnounce(t("recorded", { rating: t(`ratings.${rating}`), interval: previews ? formatInterval(previews[rating].intervalMs, intervalLocale) : "" }));
      } catch {
        setError(apiError("network"));
      } finally {
        setBusy(false);
      }
    },
    [apiError, busy, current, intervalLocale, later, previews, queue, revealed, t],
  );

  // Phone: swipe the revealed card left (again) or right (good), beside the buttons and keys.
  const swipe = useSwipeGrade(revealed && !busy, (rating) => void grade(rating));

  const undo = useCallback(async () => {
    const last = undoStack[undoStack.length - 1];
    if (!last || busy) return;
    setBusy(true);
    setError("");
    try {
      const res = await postJson("/api/reviews/undo", { reviewId: last.reviewId });
      const data = res.data as { state?: CardState | null; error?: { message?: string } } | null;
      if (!res.ok) {
        setError(apiError(errorCodeOf(data)));
        return;
      }
      const restored: StudyCard = { ...last.card, state: data?.state ?? null };
      setQueue((q) => [restored, ...q.filter((c) => c.id !== restored.id)]);
      setLater((l) => l.filter((c) => c.id !== restored.id));
      setUndoStack((s) => s.slice(0, -1));
      setDone((d) => d.slice(0, -1));
      setRevealed(false);
      setAnnounce(t("undone"));
    } finally {
      setBusy(false);
    }
  }, [apiError, busy, t, undoStack]);

  const refresh = useCallback(async () => {
    const res = await fetch(`/api/study/queue${setId ? `?set=${encodeURIComponent(setId)}` : ""}`, { cache: "no-store" });
    if (!res.ok) return;
    const data = (await res.json()) as { queue: StudyCard[]; later: StudyCard[] };
    setQueue(data.queue);
    setLater(data.later);
    setRevealed(false);
  }, [setId]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const el = e.target as HTMLElement | null;
      if (el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable)) return;
      if (e.key === " " && !revealed) {
        // Space on a focused button or link keeps its usual meaning.
        if (el && (el.tagName === "BUTTON" || el.tagName === "A") && el.dataset.studyKey === undefined) return;
        e.preventDefault();
        reveal();
      } else if (revealed && ["1", "2", "3", "4"].includes(e.key)) {
        e.preventDefault();
        void grade(REVIEW_RATINGS[Number(e.key) - 1]!);
      } else if (e.key === "z" || e.key === "Z") {
        e.preventDefault();
        void undo();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [grade, reveal, revealed, undo]);

  const ratingStyle: Record<ReviewRating, string> = {
    again: "border-red-300 bg-red-50 text-red-900",
    hard: "border-amber-300 bg-amber-50 text-amber-900",
    good: "border-green-300 bg-green-50 text-green-900",
    easy: "border-sky-300 bg-sky-50 text-sky-900",
  };

  const summary = summarizeSession(done, queue.length);
  const minutes = Math.floor(summary.totalMs / 60_000);
  const seconds = Math.round((summary.totalMs % 60_000) / 1000);
  return (
    <div className="space-y-4" data-testid="study-session">
      <div
        role="progressbar"
        aria-label={t("sessionProgress")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={summary.percent}
        aria-valuetext={t("sessionProgressText", { done: summary.reviews, total: summary.reviews + queue.length })}
        className="h-2 w-full overflow-hidden rounded bg-stone-200"
        data-testid="session-progress"
      >
        <div className="h-full bg-accent transition-[width]" style={{ width: `${summary.percent}%` }} />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-stone-600">
        <p data-testid="remaining">{t("remaining", { count: queue.length })}</p>
        <button
          type="button"
          onClick={() => void undo()}
          disabled={undoStack.length === 0 || busy}
          className="rounded border border-stone-300 px-3 py-1 disabled:opacity-40"
          aria-keyshortcuts="Z"
        >
          {t("undo")} <kbd className="ml-1 text-xs">Z</kbd>
        </button>
      </div>
      <p className="sr-only" role="status" aria-live="polite" data-testid="study-status">{announce}</p>
      {error && <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800">{error}</p>}

      {current ? (
        <article
          className="relative touch-pan-y rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6"
          aria-labelledby="study-question"
          data-testid="study-card"
          style={swipe.dx ? { transform: `translateX(${swipe.dx}px) rotate(${swipe.dx / 40}deg)` } : undefined}
          {...swipe.handlers}
        >
          {swipe.progress > 0 && (
            <p
              aria-hidden="true"
              className={`pointer-events-none absolute top-3 rounded px-2 py-1 text-sm font-bold ${swipe.dx < 0 ? "right-3 bg-red-100 text-red-900" : "left-3 bg-green-100 text-green-900"}`}
              style={{ opacity: swipe.progress }}
              data-testid="swipe-indicator"
            >
              {t(`ratings.${swipe.dx < 0 ? SWIPE_RATINGS.left : SWIPE_RATINGS.right}`)}
            </p>
          )}
          <h2 id="study-question" className="text-sm font-bold text-stone-500">{t("question")}</h2>
          <p className="mt-2 whitespace-pre-wrap text-lg leading-relaxed" data-testid="card-front"><CardQuestion text={current.front} /></p>
          {current.choices.length > 0 && (
            <ol className="mt-3 space-y-1" aria-label={t("options")}>
              {current.choices.map((c, i) => (
                <li key={i} className="rounded border border-stone-200 px-3 py-2" lang="ja">
                  <span className="mr-2 font-bold">{OPTION_LABELS[i] ?? i + 1}.</span>{c}
                </li>
              ))}
            </ol>
          )}
          {!revealed ? (
            <button type="button" data-study-key onClick={reveal} aria-keyshortcuts="Space" className="mt-6 w-full rounded bg-accent px-4 py-3 font-bold text-white sm:w-auto">
              {t("reveal")} <kbd className="ml-1 text-xs opacity-80">Space</kbd>
            </button>
          ) : (
            <div className="mt-6 space-y-4 border-t border-stone-200 pt-4">
              <h2 ref={answerRef} tabIndex={-1} className="text-sm font-bold text-stone-500 focus:outline-none">{t("answer")}</h2>
              <p className="whitespace-pre-wrap text-lg font-bold leading-relaxed" lang="ja" data-testid="card-back">{current.back}</p>
              {current.quote && (
                <figure className="rounded bg-accent-soft p-3 text-sm" data-testid="card-source">
                  <figcaption className="font-bold text-accent">{t("source")}</figcaption>
                  <blockquote className="mt-1 leading-relaxed" lang="ja">{current.quote}</blockquote>
                  {current.documentSlug && (
                    <Link className="mt-2 inline-block text-accent underline" href={`/documents/${current.documentSlug}${current.factId ? `#fact-${current.factId}` : ""}`}>
                      {t("openInReader", { title: current.documentTitle ?? current.documentSlug })}
                    </Link>
                  )}
                </figure>
              )}
              <fieldset>
                <legend className="mb-2 text-sm font-bold">{t("grade")}</legend>
                <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
                  {REVIEW_RATINGS.map((r, i) => (
                    <button
                      key={r}
                      type="button"
                      disabled={busy}
                      onClick={() => void grade(r)}
                      aria-keyshortcuts={String(i + 1)}
                      className={`rounded border px-3 py-2 text-center ${ratingStyle[r]} disabled:opacity-50`}
                    >
                      <span className="block font-bold">{t(`ratings.${r}`)}</span>
                      <span className="block text-xs">{previews ? formatInterval(previews[r].intervalMs, intervalLocale) : ""} · <kbd>{i + 1}</kbd></span>
                    </button>
                  ))}
                </div>
                <p className="mt-2 text-center text-xs text-stone-600 sm:hidden" data-testid="swipe-hint">
                  {t("swipeHint", { left: t(`ratings.${SWIPE_RATINGS.left}`), right: t(`ratings.${SWIPE_RATINGS.right}`) })}
                </p>
              </fieldset>
            </div>
          )}
        </article>
      ) : (
        <div className="space-y-3 rounded-lg border border-stone-200 bg-white p-6" data-testid="study-done">
          <p className="font-bold">{t("done")}</p>
          {summary.reviews > 0 && (
            <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]" data-testid="session-summary">
              <dt className="font-medium">{t("summaryCards")}</dt>
              <dd>{summary.reviews}</dd>
              <dt className="font-medium">{t("summaryRatings")}</dt>
              <dd>{REVIEW_RATINGS.map((r) => `${t(`ratings.${r}`)} ${summary.byRating[r]}`).join(" · ")}</dd>
              <dt className="font-medium">{t("summaryTime")}</dt>
              <dd>{t("summaryDuration", { minutes, seconds })}</dd>
            </dl>
          )}
          {later.length > 0 && (
            <p>
              {t("laterTitle", { count: later.length, time: new Date(later[0]!.state!.due).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }) })}{" "}
              <button type="button" onClick={() => void refresh()} className="underline">{t("refresh")}</button>
            </p>
          )}
          <Link href="/study" className="text-accent underline">{t("backToSets")}</Link>
        </div>
      )}
      <p className="text-xs text-stone-500">{t("keys")}</p>
    </div>
  );
}
