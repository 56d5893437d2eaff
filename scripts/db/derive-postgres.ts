// Derives prisma/postgresql/schema.prisma from prisma/schema.prisma: one model definition,
// two providers (docs/decisions/0002-sqlite-default-postgresql-derived.md).
import fs from "node:fs";
import { schemaPath } from "@/lib/db/paths";

export function derivePostgresSchema(sqliteSchema: string): string {
  const out = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/generated\/sqlite"/, 'output       = "../../generated/postgresql"');
  if (out === sqliteSchema || !out.includes('"postgresql"') || !out.includes("generated/postgresql")) {
    throw new Error("prisma/schema.prisma no longer has the sqlite datasource or generator output this script rewrites");
  }
  return (
    "// GENERATED from prisma/schema.prisma by scripts/db/derive-postgres.ts — do not edit.\n" +
    out.replace(/^\/\/ The one model definition[\s\S]*?\n\n/, "")
  );
}

export function writePostgresSchema(): boolean {
  const target = schemaPath("postgresql");
  const next = derivePostgresSchema(fs.readFileSync(schemaPath("sqlite"), "utf8"));
  const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
  if (current === next) return false;
  fs.mkdirSync(new URL(".", `file://${target}`).pathname, { recursive: true });
  fs.writeFileSync(target, next);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(writePostgresSchema() ? "prisma/postgresql/schema.prisma updated" : "prisma/postgresql/schema.prisma up to date");
}
