import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { currentViewer } from "@/lib/auth/session";
import { LanguageSwitch } from "./language-switch";
import { NAV_ITEMS } from "./nav-items";
import { SignOutButton } from "./auth/sign-out-button";

export async function SiteHeader() {
  const [t, tc, user, locale] = await Promise.all([getTranslations("nav"), getTranslations("common"), currentViewer(), getLocale()]);
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto max-w-5xl px-4 sm:px-6">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2 pt-3">
          <Link href="/" className="text-lg font-bold tracking-wide text-accent">
            {tc("appName")}
          </Link>
          <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
            <LanguageSwitch current={locale === "en" ? "en" : "ja"} label={tc("language")} />
            {user ? (
              <>
                <span className="text-stone-600" data-testid="signed-in-as">
                  {t("signedInAs", { name: user.name, role: t(`role.${user.role}`) })}
                </span>
                <SignOutButton label={t("signOut")} />
              </>
            ) : (
              <>
                <Link href="/signin" className="hover:underline">{t("signIn")}</Link>
                <Link href="/signup" className="rounded bg-accent px-3 py-1.5 font-medium text-white hover:opacity-90">
                  {t("signUp")}
                </Link>
              </>
            )}
          </div>
        </div>
        <nav aria-label={t("mainNav")} className="-mx-1 flex gap-x-1 overflow-x-auto py-2 text-sm">
          {NAV_ITEMS.filter((item) => !("signedIn" in item) || user).map((item) => (
            <Link key={item.href} href={item.href} className="shrink-0 rounded px-2 py-1 hover:bg-stone-100">
              {t(item.key)}
            </Link>
          ))}
        </nav>
      </div>
    </header>
  );
}
