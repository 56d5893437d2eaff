// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

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

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
