// @ts-check
import { PHASE_PRODUCTION_SERVER } from "next/constants.js";

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Separate build directories let several e2e servers (one per developer task) coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native and heavy server-only packages are loaded by Node, not bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "pg",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "@node-rs/argon2",
    "pdfjs-dist",
    "linkedom",
    "@open-spaced-repetition/binding",
  ],
  poweredByHeader: false,
  experimental: {
    // Not inlined (issue 12, measured): `inlineCss` put the 33 KB stylesheet into every page
    // three times — a <style> and two copies in the RSC payload (the root layout's and the
    // global error boundary's) — ~100 KB of HTML to parse before the page is interactive. As a
    // file it is one cached request; Lighthouse's first paint did not move (README, Benchmarks).
    inlineCss: false,
    // Route bundles are loaded when a route is first requested, not all at start-up: the
    // server's resident memory holds what is used (issue 12's memory budget).
    preloadEntriesOnStart: false,
  },
  // `npm test` typechecks the whole project as its own step (tsc --noEmit); the build skips
  // repeating it, which also keeps start-up builds fast.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

/**
 * next-intl's plugin only points the build at i18n/request.ts. It is not loaded by the
 * production server (`next start`), where it would require @swc/core and @parcel/watcher —
 * ~10 MB resident for nothing (issue 12's memory budget).
 * @param {string} phase
 * @returns {Promise<import("next").NextConfig>}
 */
export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig;
  const { default: createNextIntlPlugin } = await import("next-intl/plugin");
  return createNextIntlPlugin("./i18n/request.ts")(nextConfig);
}
