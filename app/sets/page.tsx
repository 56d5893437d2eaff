import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CreateSetForm } from "@/components/sets/create-set-form";
import { currentViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { listVisibleSets } from "@/lib/sets/list-visible";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("sets");
  return { title: t("title") };
}

export default async function SetsPage() {
  const user = await currentViewer();
  const [t, sets] = await Promise.all([getTranslations("sets"), listVisibleSets(db, user?.id ?? null)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700">{t("intro")}</p>
      {user && can(user.role, "set:create") ? <CreateSetForm /> : <p className="text-sm">{t("signInToCreate")}</p>}
      {sets.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" data-testid="set-list">
          {sets.map((s) => (
            <li key={s.id} className="rounded border border-stone-200 bg-white p-4">
              <h2 className="font-bold leading-snug"><Link href={`/sets/${s.id}`} className="hover:underline">{s.title}</Link></h2>
              <p className="mt-1 text-sm text-stone-600">{s.description}</p>
              <p className="mt-2 flex flex-wrap gap-2 text-xs text-stone-600">
                <span>{t("cards", { count: s.cardCount })}</span>
                {s.builtin && <span className="rounded bg-accent-soft px-2 text-accent">{t("builtin")}</span>}
                {user && s.ownerId === user.id && <span className="rounded bg-stone-100 px-2">{t("mine")}</span>}
                {!s.builtin && s.ownerId !== user?.id && s.ownerName && <span>{t("byOwner", { name: s.ownerName })}</span>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
