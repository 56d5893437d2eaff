import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { currentViewer } from "@/lib/auth/session";
import { LanguageSwitch } from "./language-switch";
import { MobileNav } from "./mobile-nav";
import { NAV_ITEMS } from "./nav-items";
import { SignOutButton } from "./auth/sign-out-button";

// One short row on a phone (the app's name and a menu holding everything else); the full
// header with the navigation row from the sm breakpoint up.
export async function SiteHeader() {
  const [t, tc, user, locale] = await Promise.all([getTranslations("nav"), getTranslations("common"), currentViewer(), getLocale()]);
  const items = NAV_ITEMS.filter((item) => !("signedIn" in item) || user).map((item) => ({ href: item.href, label: t(item.key) }));
  const language = <LanguageSwitch current={locale === "en" ? "en" : "ja"} label={tc("language")} />;
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto max-w-5xl px-4 sm:px-6">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2 py-2 sm:pb-0 sm:pt-3">
          <Link href="/" className="text-lg font-bold tracking-wide text-accent">
            {tc("appName")}
          </Link>
          <div className="ml-auto flex items-center gap-2 sm:hidden">
            {!user && (
              <Link href="/signin" className="rounded px-2 py-1.5 text-sm hover:underline">{t("signIn")}</Link>
            )}
            <MobileNav items={items} label={t("menu")} closeLabel={t("close")}>
              {language}
              {user ? (
                <>
                  <span className="text-stone-600">{t("signedInAs", { name: user.name, role: t(`role.${user.role}`) })}</span>
                  <SignOutButton label={t("signOut")} />
                </>
              ) : (
                <Link href="/signup" className="rounded bg-accent px-3 py-1.5 font-medium text-white">{t("signUp")}</Link>
              )}
            </MobileNav>
          </div>
          <div className="ml-auto hidden flex-wrap items-center gap-3 text-sm sm:flex">
            {language}
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
        <nav aria-label={t("mainNav")} className="-mx-1 hidden gap-x-1 overflow-x-auto py-2 text-sm sm:flex">
          {items.map((item) => (
            <Link key={item.href} href={item.href} className="shrink-0 rounded px-2 py-1 hover:bg-stone-100">
              {item.label}
            </Link>
          ))}
        </nav>
      </div>
    </header>
  );
}
