"use client";
import { useTranslations } from "next-intl";

/** The kinds of question a quiz may hold; the one list both quiz forms (class and practice) offer. */
export const QUIZ_KINDS = ["multiple_choice", "ordering", "typed"] as const;

export function QuestionKindsFieldset({ className = "space-y-1" }: { className?: string }) {
  const t = useTranslations("quiz");
  return (
    <fieldset className={className}>
      <legend className="text-sm font-medium">{t("kinds")}</legend>
      {QUIZ_KINDS.map((k) => (
        <label key={k} className="mr-4 inline-flex items-center gap-1 py-1 text-sm">
          <input type="checkbox" name="kinds" value={k} defaultChecked /> {t(`kind_${k}`)}
        </label>
      ))}
    </fieldset>
  );
}
