// Config for the stock Prisma CLI (`prisma generate`, and `prisma migrate deploy` on a
// machine that can fetch engines). This project's own scripts (scripts/db/*) apply
// migrations with the WebAssembly schema engine and need no download.
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL ?? "file:./data/app.db";
const isPostgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  schema: isPostgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: isPostgres ? "prisma/postgresql/migrations" : "prisma/migrations" },
  datasource: { url },
});
