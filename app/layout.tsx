import "./globals.css";
import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { HydrationMarker } from "@/components/hydration-marker";
import { SiteHeader } from "@/components/site-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s | ${t("appName")}` }, description: t("tagline"), icons: { icon: "/favicon.svg" } };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, which the script nonce needs (proxy.ts): Next reads the
  // nonce from the request's CSP and adds it to its scripts; a page prerendered at build time
  // would carry scripts without it, and the browser would refuse them.
  await headers();
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">
        {/* No message provider here: each route's layout passes its client components the
            namespaces they use (i18n/client-messages.tsx). */}
        <HydrationMarker />
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("skipToContent")}
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6">
          {children}
        </main>
      </body>
    </html>
  );
}
