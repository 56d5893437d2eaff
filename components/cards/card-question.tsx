"use client";
// A card's question as the learner reads it: in the English UI the app's own template words are
// English (lib/cards/question-stem), the source's words after them stay Japanese; in Japanese, and
// for a question no template wrote, the text as stored.
import { useLocale, useTranslations } from "next-intl";
import { parseQuestionStem } from "@/lib/cards/question-stem";

export function CardQuestion({ text }: { text: string }) {
  const locale = useLocale();
  const t = useTranslations("cardQuestion");
  const parsed = locale === "ja" ? null : parseQuestionStem(text);
  if (!parsed) return <span lang="ja">{text}</span>;
  const { key, ...params } = parsed.stem;
  const values = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v ?? "none"]));
  return (
    <>
      <span>{t(key, values)}</span>
      {parsed.rest && (
        <>
          {"\n"}
          <span lang="ja">{parsed.rest}</span>
        </>
      )}
    </>
  );
}
