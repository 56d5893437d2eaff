// Which database a DATABASE_URL names. SQLite is the embedded default; a postgres:// URL
// selects PostgreSQL (docs/decisions/0002-sqlite-default-postgresql-derived.md).
import path from "node:path";

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; file: string }
  | { provider: "postgresql"; url: string };

export const DEFAULT_DATA_DIR = "data";

export function defaultSqliteUrl(dataDir: string): string {
  return `file:${path.join(dataDir, "app.db")}`;
}

/** Parses a DATABASE_URL; throws an Error naming the problem for anything else. */
export function parseDatabaseUrl(url: string, cwd = process.cwd()): DatabaseTarget {
  if (/^postgres(ql)?:\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error(`DATABASE_URL is not a valid PostgreSQL URL: ${redact(url)}`);
    }
    if (!parsed.pathname || parsed.pathname === "/") {
      throw new Error(`DATABASE_URL names no database (postgresql://user:pass@host:port/DBNAME): ${redact(url)}`);
    }
    return { provider: "postgresql", url };
  }
  if (url.startsWith("file:")) {
    const raw = url.slice("file:".length).replace(/\?.*$/, "");
    if (!raw) throw new Error("DATABASE_URL file: URL has no path");
    const file = raw === ":memory:" ? raw : path.resolve(cwd, raw);
    return { provider: "sqlite", url: `file:${file}`, file };
  }
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got ${redact(url)}`,
  );
}

/** Hides the password of a URL in messages. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
}

/** pg connection settings as discrete fields: a config object, so overrides such as
 *  `database` (for a shadow database) take effect, which a connectionString would shadow. */
export function pgConfigFromUrl(url: string) {
  const u = new URL(url);
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(u.hostname) || u.searchParams.get("host") || "localhost",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")),
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
    max: u.searchParams.get("connection_limit") ? Number(u.searchParams.get("connection_limit")) : 10,
  };
}
