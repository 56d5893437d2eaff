// The one Prisma module. Two generated clients with identical models (SQLite and
// PostgreSQL, docs/decisions/0002-…); DATABASE_URL picks one at start-up. Cached on
// globalThis so dev reloads and route modules share one client.
import { PrismaClient as PostgresClient } from "@/generated/postgresql/client";
import { PrismaClient as SqliteClient, type Prisma } from "@/generated/sqlite/client";
import { adapterFactoryFor } from "./adapters";
import { registerDirect } from "./direct";
import type { DatabaseTarget } from "./provider";
import { databaseTargetFromEnv } from "./target";

export type Db = SqliteClient;
/** The client inside an interactive transaction (`db.$transaction(async (tx) => …)`). */
export type DbTx = Prisma.TransactionClient;

export function createDb(target: DatabaseTarget): Db {
  const adapter = adapterFactoryFor(target);
  // The two clients are generated from the same models, so their APIs are the same.
  const client =
    target.provider === "sqlite" ? new SqliteClient({ adapter }) : (new PostgresClient({ adapter }) as unknown as Db);
  registerDirect(client, adapter);
  return client;
}

const globalForDb = globalThis as unknown as { __gentenDb?: Db };

export const db: Db = (globalForDb.__gentenDb ??= createDb(databaseTargetFromEnv()));
