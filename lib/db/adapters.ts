// Driver adapters for Prisma 7: better-sqlite3 (embedded default) and pg.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import type BetterSqlite3 from "better-sqlite3";
import { DirectLock } from "./direct-lock";
import { type DatabaseTarget, pgConfigFromUrl } from "./provider";

/** The driver connection under a Prisma client, for hot paths (lib/db/direct.ts). */
export type DriverHandle =
  | { provider: "sqlite"; connection: BetterSqlite3.Database; lock: DirectLock }
  | { provider: "postgresql"; pool: pg.Pool };

/** An adapter factory that also tells which driver connection it opened last. */
export type AppAdapterFactory = SqlMigrationAwareDriverAdapterFactory & { driver(): DriverHandle | null };

const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * SQLite: better-sqlite3 opens one connection per adapter. SQLite leaves foreign keys off
 * per connection and the adapter sets no pragmas, so turn them on for every connection
 * (cascading deletes depend on it). WAL mode is persistent and set by migrate().
 */
function sqliteFactory(file: string): AppAdapterFactory {
  const inner = new PrismaBetterSqlite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
  let driver: DriverHandle | null = null;
  const withPragmas = async (adapter: SqlDriverAdapter) => {
    await adapter.executeScript("PRAGMA foreign_keys = ON;");
    return adapter;
  };
  // The schema engine replays a whole migration file through executeRaw when it builds the
  // shadow database; better-sqlite3 prepares one statement at a time, so run such a
  // parameterless multi-statement script as a script.
  const acceptScripts = (adapter: SqlDriverAdapter) => {
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      try {
        return await executeRaw(query);
      } catch (error) {
        if (query.args.length === 0 && error instanceof RangeError && /more than one statement/.test(error.message)) {
          await adapter.executeScript(query.sql);
          return 0;
        }
        throw error;
      }
    };
    return adapter;
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => {
      const adapter = await withPragmas(await inner.connect());
      // The adapter's one better-sqlite3 connection (a public field of its class). Hot paths
      // run whole transactions on it synchronously; Prisma's own transactions take the same
      // lock, so the two never interleave on the connection.
      const connection = (adapter as unknown as { client: BetterSqlite3.Database }).client;
      const lock = new DirectLock();
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (isolationLevel) => {
        const release = await lock.acquire();
        try {
          const tx = await startTransaction(isolationLevel);
          const commit = tx.commit.bind(tx);
          const rollback = tx.rollback.bind(tx);
          tx.commit = () => commit().finally(release);
          tx.rollback = () => rollback().finally(release);
          return tx;
        } catch (error) {
          release();
          throw error;
        }
      };
      driver = { provider: "sqlite", connection, lock };
      return adapter;
    },
    connectToShadowDb: async () => acceptScripts(await withPragmas(await inner.connectToShadowDb())),
    driver: () => driver,
  };
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The schema engine reads catalog columns of PostgreSQL's one-byte "char" type (pg_class.relkind,
 * …), which @prisma/adapter-pg 7.10 does not map and rejects ("Column type 'char' could not be
 * deserialized"). pg already returns them as strings, so report them as text. Used only on the
 * migration path; the app's own queries never select "char" columns.
 */
function catalogSafePool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const relabel = (result: unknown) => {
    for (const r of Array.isArray(result) ? result : [result]) {
      for (const field of (r as pg.QueryResult | undefined)?.fields ?? []) {
        if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
      }
    }
    return result;
  };
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const last = args[args.length - 1];
      if (typeof last === "function") {
        args[args.length - 1] = (err: unknown, res: unknown) => last(err, err ? res : relabel(res));
      }
      const out = query(...args);
      return out instanceof Promise ? out.then(relabel) : out;
    };
  });
  return pool;
}

/**
 * PostgreSQL: a config object (not a connection string) so the shadow database override
 * takes effect. The stock shadow adapter drops the shadow database before ending its pool,
 * which fails while the pool's connections are open; ours ends the pool first.
 */
function postgresFactory(url: string, forSchemaEngine: boolean): AppAdapterFactory {
  const config = pgConfigFromUrl(url);
  const main = forSchemaEngine
    ? new PrismaPg(catalogSafePool(config), { disposeExternalPool: true })
    : new PrismaPg(config);
  let driver: DriverHandle | null = null;
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => {
      const adapter = await main.connect();
      // The adapter's pool (a public field of its class): hot paths query the same pool.
      driver = { provider: "postgresql", pool: (adapter as unknown as { client: pg.Pool }).client };
      return adapter;
    },
    driver: () => driver,
    connectToShadowDb: async () => {
      const database = `prisma_shadow_${crypto.randomUUID().replace(/-/g, "")}`;
      const admin = new pg.Client({ ...config });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${database}"`);
      } finally {
        await admin.end();
      }
      const shadowPool = catalogSafePool({ ...config, database, max: 2 });
      const adapter = await new PrismaPg(shadowPool, { disposeExternalPool: true }).connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose(); // ends the shadow pool
        const dropper = new pg.Client({ ...config });
        await dropper.connect();
        try {
          await dropper.query(`DROP DATABASE IF EXISTS "${database}"`);
        } finally {
          await dropper.end();
        }
      };
      return adapter;
    },
  };
}

/** The adapter factory for a database; `forSchemaEngine` when the schema engine drives it. */
export function adapterFactoryFor(
  target: DatabaseTarget,
  { forSchemaEngine = false } = {},
): AppAdapterFactory {
  return target.provider === "sqlite" ? sqliteFactory(target.file) : postgresFactory(target.url, forSchemaEngine);
}
