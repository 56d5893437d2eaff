"use client";
// The cards of a set; the owner can edit (generated cards become the owner's own copy) or remove them.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useApiError } from "@/components/api-error";
import { useState } from "react";
import { callApi } from "./api";
import { CardQuestion } from "@/components/cards/card-question";

export interface ListedCard {
  id: string;
  front: string;
  back: string;
  /** Multiple-choice options, or an ordering card's items as presented. */
  choices: string[];
  /** The right option; for an ordering card the items in the right order. */
  answer: string | string[];
  quote: string | null;
  href: string | null;
  /** The card's kind, shown beside its number. */
  label?: string;
}

/** `offset`: the number of cards on earlier pages (numbers continue); `emptyText` when a filter matches nothing. */
export function CardList({ setId, cards, canEdit, offset = 0, emptyText }: { setId: string; cards: ListedCard[]; canEdit: boolean; offset?: number; emptyText?: string }) {
  const t = useTranslations("sets");
  const apiError = useApiError();
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState("");
  if (cards.length === 0) return <p>{emptyText ?? t("noCards")}</p>;
  return (
    <div>
      {error && <p role="alert" className="text-sm text-red-800">{error}</p>}
      <ol className="space-y-3" data-testid="card-list" start={offset + 1}>
        {cards.map((c, index) => {
          const i = offset + index;
          return (
          <li key={c.id} className="rounded border border-stone-200 bg-white p-3">
            {editing === c.id ? (
              <form
                className="space-y-2"
                onSubmit={(e) => {
                  e.preventDefault();
                  const f = new FormData(e.currentTarget);
                  void callApi(`/api/sets/${setId}/cards`, "PATCH", { cardId: c.id, front: f.get("front"), back: f.get("back") }).then((r) => {
                    if (!r.ok) return setError(apiError(r.code));
                    setEditing(null);
                    router.refresh();
                  });
                }}
              >
                <label htmlFor={`front-${c.id}`} className="block text-sm font-bold">{t("front")}</label>
                <textarea id={`front-${c.id}`} name="front" defaultValue={c.front} required rows={2} className="w-full rounded border border-stone-300 px-2 py-1" />
                <label htmlFor={`back-${c.id}`} className="block text-sm font-bold">{t("back")}</label>
                <textarea id={`back-${c.id}`} name="back" defaultValue={c.back} required rows={2} className="w-full rounded border border-stone-300 px-2 py-1" />
                <div className="flex gap-2">
                  <button type="submit" className="rounded bg-accent px-3 py-1 text-white">{t("saveCard")}</button>
                  <button type="button" onClick={() => setEditing(null)} className="rounded border px-3 py-1">{t("cancel")}</button>
                </div>
              </form>
            ) : (
              <>
                <p className="text-xs text-stone-500">{i + 1}{c.label && <span className="ml-2 rounded bg-stone-100 px-1.5 text-stone-700">{c.label}</span>}</p>
                <p className="whitespace-pre-wrap" lang="ja"><span className="sr-only">{t("front")}：</span><CardQuestion text={c.front} /></p>
                <CardOptions card={c} />
                <p className="mt-1 whitespace-pre-wrap font-bold" lang="ja"><span className="sr-only">{t("back")}：</span>{c.back}</p>
                {c.quote && (
                  <p className="mt-1 text-sm text-stone-600" lang="ja">
                    {t("source")}：{c.quote}
                    {c.href && <> <Link href={c.href} className="text-accent underline">{t("readSource")}</Link></>}
                  </p>
                )}
                {canEdit && (
                  <div className="mt-2 flex gap-2 text-sm">
                    <button type="button" onClick={() => setEditing(c.id)} className="rounded border px-2 py-0.5" aria-label={`${t("editCard")} ${i + 1}`}>{t("editCard")}</button>
                    <button
                      type="button"
                      className="rounded border px-2 py-0.5"
                      aria-label={`${t("removeCard")} ${i + 1}`}
                      onClick={() => void callApi(`/api/sets/${setId}/cards`, "DELETE", { cardId: c.id }).then((r) => (r.ok ? router.refresh() : setError(apiError(r.code))))}
                    >
                      {t("removeCard")}
                    </button>
                  </div>
                )}
              </>
            )}
          </li>
          );
        })}
      </ol>
    </div>
  );
}

/** A multiple-choice card's options (the right one marked in words), or an ordering card's items. */
function CardOptions({ card }: { card: ListedCard }) {
  const t = useTranslations("sets");
  if (Array.isArray(card.answer)) {
    if (card.answer.length < 2) return null;
    return (
      <div className="mt-1 text-sm" data-testid="card-options">
        <p className="text-stone-600">{t("orderItems")}</p>
        <ul className="ml-5 list-disc" lang="ja">
          {(card.choices.length ? card.choices : card.answer).map((o) => <li key={o}>{o}</li>)}
        </ul>
      </div>
    );
  }
  if (card.choices.length < 2) return null;
  return (
    <div className="mt-1 text-sm" data-testid="card-options">
      <p className="text-stone-600">{t("options")}</p>
      <ol className="ml-5 list-[upper-alpha]" lang="ja">
        {card.choices.map((o) => (
          <li key={o} className={o === card.answer ? "font-bold" : undefined}>
            {o}
            {o === card.answer && <span className="ml-1 font-normal text-green-800">（{t("rightOption")}）</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
