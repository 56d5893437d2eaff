"use client";
// The cards of a set; the owner can edit (generated cards become the owner's own copy) or remove them.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useApiError } from "@/components/api-error";
import { useState } from "react";
import { callApi } from "./api";

export interface ListedCard {
  id: string;
  front: string;
  back: string;
  quote: string | null;
  href: string | null;
}

export function CardList({ setId, cards, canEdit }: { setId: string; cards: ListedCard[]; canEdit: boolean }) {
  const t = useTranslations("sets");
  const apiError = useApiError();
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState("");
  if (cards.length === 0) return <p>{t("noCards")}</p>;
  return (
    <div>
      {error && <p role="alert" className="text-sm text-red-800">{error}</p>}
      <ol className="space-y-3" data-testid="card-list">
        {cards.map((c, i) => (
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
                <p className="text-xs text-stone-500">{i + 1}</p>
                <p className="whitespace-pre-wrap" lang="ja"><span className="sr-only">{t("front")}：</span>{c.front}</p>
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
        ))}
      </ol>
    </div>
  );
}
