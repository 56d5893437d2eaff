import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PracticeSection } from "@/components/quiz/practice-section";
import { requirePermission } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("quiz"))("practiceTitle") };
}

export default async function PracticePage({ searchParams }: { searchParams: Promise<{ set?: string | string[] }> }) {
  const user = await requirePermission("quiz:practice", "/quizzes/practice");
  const t = await getTranslations("quiz");
  const { set } = await searchParams;
  return (
    <div className="space-y-4">
      <Link href="/quizzes" className="text-sm text-accent underline">{t("backToQuizzes")}</Link>
      <PracticeSection viewer={user} initialSetId={typeof set === "string" ? set : undefined} headingLevel={1} />
    </div>
  );
}
