// A fresh, migrated database per test file on each provider: a copy of the base SQLite
// file, or a PostgreSQL database created from the migrated template.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { parseDatabaseUrl, type DatabaseTarget } from "@/lib/db/provider";

export const PROVIDERS = ["sqlite", "postgresql"] as const;
export type Provider = (typeof PROVIDERS)[number];

export interface TestDatabase {
  db: Db;
  target: DatabaseTarget;
  drop(): Promise<void>;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(server: string, sql: string) {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

export async function freshDatabase(provider: Provider): Promise<TestDatabase> {
  const id = crypto.randomBytes(6).toString("hex");
  if (provider === "sqlite") {
    const base = inject("sqliteBase");
    const file = path.join(path.dirname(base), `t-${id}.db`);
    fs.copyFileSync(base, file);
    const target = parseDatabaseUrl(`file:${file}`);
    const db = createDb(target);
    return {
      db,
      target,
      async drop() {
        await db.$disconnect();
        for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
      },
    };
  }
  const server = inject("postgresUrl");
  const name = `t_${id}`;
  // Cloning a template fails while another clone holds it: retry briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(server, `CREATE DATABASE ${name} TEMPLATE ${inject("postgresTemplate")}`);
      break;
    } catch (error) {
      if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  const target = parseDatabaseUrl(withDatabase(server, name));
  const db = createDb(target);
  return {
    db,
    target,
    async drop() {
      await db.$disconnect();
      await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
