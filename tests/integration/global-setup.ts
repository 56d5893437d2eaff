// Migrates once per run into a base SQLite file and a PostgreSQL template database; each
// test file then copies its own (Epic Stack's pattern). PostgreSQL is TEST_POSTGRES_URL
// when given, else a throw-away local cluster started here.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "@/lib/db/migrate";
import { parseDatabaseUrl } from "@/lib/db/provider";
import { startTempPostgres, type TempPostgres } from "@/scripts/support/pg-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    sqliteBase: string;
    postgresUrl: string;
    postgresTemplate: string;
  }
}

const TEMPLATE = `genten_template_${process.pid}`;

export default async function setup(project: TestProject) {
  // Per run, so two runs on one machine do not share files.
  const dir = path.join(process.cwd(), ".tmp", `integration-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });

  const base = path.join(dir, "base.db");
  await migrate(parseDatabaseUrl(`file:${base}`));
  const Database = (await import("better-sqlite3")).default;
  const sqlite = new Database(base);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.pragma("journal_mode = DELETE"); // one self-contained file to copy
  sqlite.close();

  let cluster: TempPostgres | null = null;
  const serverUrl = process.env.TEST_POSTGRES_URL ?? (cluster = await startTempPostgres()).url;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  await admin.end();
  const templateUrl = withDatabase(serverUrl, TEMPLATE);
  await migrate(parseDatabaseUrl(templateUrl));

  project.provide("sqliteBase", base);
  project.provide("postgresUrl", serverUrl);
  project.provide("postgresTemplate", TEMPLATE);

  return async () => {
    cluster?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
