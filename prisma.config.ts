// Config for the stock Prisma CLI (`prisma generate`, and `prisma migrate deploy` on a
// machine that can fetch engines). This project's own scripts (scripts/db/*) apply
// migrations with the WebAssembly schema engine and need no download.
import path from "node:path";
import { defineConfig } from "prisma/config";

// As lib/env.ts: an empty DATABASE_URL counts as unset, and the default follows DATA_DIR.
const url = process.env.DATABASE_URL || `file:${path.join(process.env.DATA_DIR || "data", "app.db")}`;
const isPostgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  schema: isPostgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: isPostgres ? "prisma/postgresql/migrations" : "prisma/migrations" },
  datasource: { url },
});
