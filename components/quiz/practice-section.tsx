// The practice section: the form to make a practice quiz and the learner's practice history.
// Shown on /quizzes to learners and on /quizzes/practice to everyone.
import { getLocale, getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { listPracticeQuizzes } from "@/lib/quiz/list-practice";
import { listVisibleSets } from "@/lib/sets/list-visible";
import { userTimeZone } from "@/lib/users/time-zone";
import { PracticeForm } from "./practice-form";
import { PracticeHistory } from "./practice-history";

export async function PracticeSection({ viewer, initialSetId, headingLevel = 2 }: { viewer: Viewer; initialSetId?: string; headingLevel?: 1 | 2 }) {
  const [t, locale, timeZone, sets, practice] = await Promise.all([
    getTranslations("quiz"),
    getLocale(),
    userTimeZone(db, viewer.id),
    listVisibleSets(db, viewer.id),
    listPracticeQuizzes(db, viewer, new Date()),
  ]);
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const Sub = headingLevel === 1 ? "h2" : "h3";
  return (
    <section className="space-y-3" aria-labelledby="practice" id="practice-section">
      <Heading id="practice" className={headingLevel === 1 ? "text-2xl font-bold" : "text-lg font-semibold"}>{t("practiceTitle")}</Heading>
      <p className="text-sm text-stone-700">{t("practiceHint")}</p>
      <PracticeForm sets={sets.filter((s) => s.cardCount > 0).map((s) => ({ id: s.id, title: s.title, cards: s.cardCount }))} initialSetId={initialSetId} />
      <Sub className="pt-2 font-semibold">{t("practiceHistory")}</Sub>
      <PracticeHistory quizzes={practice} locale={locale} timeZone={timeZone} />
    </section>
  );
}
