import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { listDocuments } from "@/lib/documents/queries";
import { currentViewer } from "@/lib/auth/session";
import { DocumentCard } from "@/components/document-card";
import { LearnerHomePanel } from "@/components/learner-home";
import { loadLearnerHome } from "@/lib/progress/learner-home";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [t, docs, user, locale] = await Promise.all([getTranslations("home"), currentViewer().then((v) => listDocuments(db, v)), currentViewer(), getLocale()]);
  const features = ["grounded", "japanese", "study", "classes"] as const;
  const home = user ? await loadLearnerHome(db, user.id) : null;
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t("title")}</h1>
        <p className="max-w-3xl leading-relaxed text-stone-700">{t("intro")}</p>
        {!user && (
          <Link href="/signup" className="inline-block rounded bg-accent px-4 py-2 font-medium text-white hover:opacity-90">
            {t("getStarted")}
          </Link>
        )}
      </section>
      {home && <LearnerHomePanel home={home} />}
      <section aria-labelledby="features" className="space-y-3">
        <h2 id="features" className="text-xl font-bold">{t("featuresTitle")}</h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {features.map((f) => (
            <li key={f} className="rounded border border-stone-200 bg-white p-4 text-sm leading-relaxed">
              {t(`features.${f}`)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="samples" className="space-y-3">
        <h2 id="samples" className="text-xl font-bold">{t("sampleTitle")}</h2>
        <p className="text-sm text-stone-600">{t("sampleIntro")}</p>
        <ul className="grid gap-4" data-testid="document-list">
          {docs.map((d) => (
            <li key={d.id}>
              <DocumentCard doc={d} locale={locale === "en" ? "en" : "ja"} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
