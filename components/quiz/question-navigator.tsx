"use client";
// Every question of an attempt as a button: answered, not answered, flagged, the one shown.
// Only in free navigation (a quiz that allows going back). Plain buttons: Tab and Enter work.
import { useTranslations } from "next-intl";

export interface NavigatorItem {
  position: number;
  questionId: string;
  answered: boolean;
}

export function QuestionNavigator({
  items,
  current,
  flagged,
  busy,
  onGo,
}: {
  items: readonly NavigatorItem[];
  current: number | null;
  flagged: ReadonlySet<string>;
  busy: boolean;
  onGo: (position: number) => void;
}) {
  const t = useTranslations("quiz");
  return (
    <nav aria-label={t("navigator")} className="space-y-2 rounded border border-stone-200 bg-white p-3" data-testid="question-navigator">
      <h2 className="text-sm font-semibold">{t("navigator")}</h2>
      <ol className="flex flex-wrap gap-2">
        {items.map((item) => {
          const isFlagged = flagged.has(item.questionId);
          const isCurrent = item.position === current;
          const state = [item.answered ? t("navAnswered") : t("navUnanswered"), ...(isFlagged ? [t("navFlagged")] : []), ...(isCurrent ? [t("navCurrent")] : [])];
          return (
            <li key={item.questionId}>
              <button
                type="button"
                disabled={busy}
                onClick={() => onGo(item.position)}
                aria-current={isCurrent ? "step" : undefined}
                aria-label={`${t("navItem", { number: item.position + 1 })}: ${state.join(t("navSeparator"))}`}
                data-answered={item.answered}
                data-flagged={isFlagged}
                className={[
                  "relative h-11 min-w-11 rounded border px-2 font-mono text-sm",
                  item.answered ? "border-accent bg-accent text-white" : "border-stone-400 bg-white text-stone-900",
                  isCurrent ? "ring-2 ring-amber-500 ring-offset-2" : "",
                ].join(" ")}
              >
                {item.position + 1}
                {isFlagged && (
                  <span aria-hidden className="absolute -right-1.5 -top-2 rounded-full bg-amber-400 px-1 text-xs leading-5 text-stone-950">⚑</span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="text-xs text-stone-600" aria-hidden>{t("navLegend")}</p>
    </nav>
  );
}
