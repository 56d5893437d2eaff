import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PracticeForm } from "@/components/quiz/practice-form";
import { PracticeHistory } from "@/components/quiz/practice-history";
import { QuizCreateForm } from "@/components/quiz/quiz-create-form";
import { can } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listUsableSets } from "@/lib/quiz/cards";
import { listOwnQuizzes } from "@/lib/quiz/list-quizzes";
import { listPracticeQuizzes } from "@/lib/quiz/list-practice";
import { setExposure } from "@/lib/quiz/set-exposure";
import { listVisibleSets } from "@/lib/sets/list-visible";
import { userTimeZone } from "@/lib/users/time-zone";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("quiz"))("title") };
}

export default async function QuizzesPage({ searchParams }: { searchParams: Promise<{ set?: string | string[] }> }) {
  const user = await requireViewer("/quizzes");
  const t = await getTranslations("quiz");
  const requestedSet = (await searchParams).set;
  const [locale, timeZone, studySets, practice] = await Promise.all([
    getLocale(),
    userTimeZone(db, user.id),
    listVisibleSets(db, user.id),
    listPracticeQuizzes(db, user, new Date()),
  ]);
  const practiceSection = (
    <section className="space-y-3" aria-labelledby="practice" id="practice-section">
      <h2 id="practice" className="text-lg font-semibold">{t("practiceTitle")}</h2>
      <p className="text-sm text-stone-700">{t("practiceHint")}</p>
      <PracticeForm
        sets={studySets.filter((s) => s.cardCount > 0).map((s) => ({ id: s.id, title: s.title, cards: s.cardCount }))}
        initialSetId={typeof requestedSet === "string" ? requestedSet : undefined}
      />
      <h3 className="pt-2 font-semibold">{t("practiceHistory")}</h3>
      <PracticeHistory quizzes={practice} locale={locale} timeZone={timeZone} />
    </section>
  );
  if (!can(user.role, "quiz:create")) {
    return (
      <div className="space-y-8">
        <div className="space-y-2">
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p>
            {t("learnerHint")} <Link href="/assignments" className="text-accent underline">{t("toAssignments")}</Link>
          </p>
        </div>
        {practiceSection}
      </div>
    );
  }
  const [quizzes, sets] = await Promise.all([listOwnQuizzes(db, user), listUsableSets(db, user.id)]);
  const exposure = await setExposure(db, sets.map((s) => s.id));
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <section className="space-y-3" aria-labelledby="mine">
        <h2 id="mine" className="text-lg font-semibold">{t("mine")}</h2>
        {quizzes.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ul className="space-y-2" data-testid="quiz-list">
            {quizzes.map((q) => (
              <li key={q.id} className="rounded border border-stone-200 bg-white p-3">
                <Link href={`/quizzes/${q.id}`} className="font-medium text-accent underline">{q.title}</Link>
                <p className="text-sm text-stone-600">
                  {q.set.title} · {t("questions", { count: q.questionCount })} · {q.timeLimitSec ? t("minutes", { count: Math.round(q.timeLimitSec / 60) }) : t("untimed")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="space-y-3" aria-labelledby="create">
        <h2 id="create" className="text-lg font-semibold">{t("create")}</h2>
        <QuizCreateForm
          sets={sets.map((s) => {
            const e = exposure.get(s.id);
            return { id: s.id, title: `${s.title} (${s._count.cards})`, reason: e?.reason ?? null, cards: e?.cards ?? s._count.cards, exposedCards: e?.exposedCards ?? 0 };
          })}
        />
      </section>
      {practiceSection}
    </div>
  );
}
