import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClassCreateForm, JoinForm } from "@/components/classes/class-forms";
import { requireViewer } from "@/lib/auth/session";
import { listClasses } from "@/lib/classes/list-classes";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("classes"))("title") };
}

export default async function ClassesPage() {
  const user = await requireViewer("/classes");
  const t = await getTranslations("classes");
  const classes = await listClasses(db, user);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {classes.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="grid gap-3" data-testid="class-list">
          {classes.map((c) => (
            <li key={c.id} className="rounded border border-stone-200 bg-white p-3">
              <Link href={`/classes/${c.id}`} className="font-medium text-accent underline">{c.name}</Link>
              <p className="text-sm text-stone-600">
                {c.learners !== null && <>{t("learners", { count: c.learners })} · </>}
                {t("assignmentsCount", { count: c.assignments })}
                {c.joinCode && <> · {t("joinCode")}: <span className="font-mono">{c.joinCode}</span></>}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">{user.role === "instructor" ? t("create") : t("join")}</h2>
        {user.role === "instructor" ? <ClassCreateForm /> : <JoinForm />}
      </section>
    </div>
  );
}
