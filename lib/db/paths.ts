// Where the schema and migrations of each provider live, relative to the project root.
import path from "node:path";

export type Provider = "sqlite" | "postgresql";

export function projectRoot(): string {
  return process.env.APP_ROOT ?? process.cwd();
}

export function schemaPath(provider: Provider, root = projectRoot()): string {
  return provider === "sqlite"
    ? path.join(root, "prisma", "schema.prisma")
    : path.join(root, "prisma", "postgresql", "schema.prisma");
}

export function migrationsDir(provider: Provider, root = projectRoot()): string {
  return provider === "sqlite"
    ? path.join(root, "prisma", "migrations")
    : path.join(root, "prisma", "postgresql", "migrations");
}
