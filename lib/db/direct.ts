// The driver under a Prisma client, for the few hot paths that Prisma makes too slow
// (docs/decisions/0009-review-hot-path.md). Still the one db module: the connection is the
// one Prisma opened (SQLite) or its pool (PostgreSQL), and statements are prepared once per
// connection and kept.
//   SQLite: a whole transaction runs synchronously (nothing else can interleave on the
//   connection; Prisma's own transactions wait on the same lock), BEGIN IMMEDIATE.
//   PostgreSQL: named statements, which pg prepares once per pooled connection.
import type BetterSqlite3 from "better-sqlite3";
import type { AppAdapterFactory, DriverHandle } from "./adapters";

type Params = Record<string, unknown>;

/** One statement for both databases, written with {name} parameters. */
export interface Statement {
  name: string;
  sqlite: string;
  postgresql: string;
  order: string[];
}

/**
 * `statement("review_read", "SELECT … WHERE id = {user}")`: @user for SQLite, $1 for
 * PostgreSQL; `pgText` when PostgreSQL needs other SQL. `name` names the prepared statement.
 */
export function statement(name: string, text: string, pgText = text): Statement {
  const order: string[] = [];
  const postgresql = pgText.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (!order.includes(key)) order.push(key);
    return `$${order.indexOf(key) + 1}`;
  });
  return { name, sqlite: text.replace(/\{(\w+)\}/g, "@$1"), postgresql, order };
}

/** Synchronous statements on the SQLite connection, each prepared once and kept. */
export interface SqliteTx {
  get<R>(stmt: Statement, params: Params): R | undefined;
  all<R>(stmt: Statement, params: Params): R[];
  run(stmt: Statement, params: Params): number;
}

export type Direct =
  | {
      provider: "sqlite";
      transaction<T>(fn: (tx: SqliteTx) => T): Promise<T>;
      /** Reads outside a transaction (never inside one of Prisma's on the same connection). */
      read<T>(fn: (tx: SqliteTx) => T): Promise<T>;
    }
  | { provider: "postgresql"; query<R>(stmt: Statement, params: Params): Promise<R[]> };

// A property of the client rather than a WeakMap entry: a client made with $extends (tests
// interleave work that way) reads its base client's properties, so it finds it too.
const FACTORY = Symbol.for("genten.db.adapterFactory");

/** Called by createDb: remembers which adapter factory serves a client. */
export function registerDirect(client: object, factory: AppAdapterFactory): void {
  Object.defineProperty(client, FACTORY, { value: factory });
}

const statementCache = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

function prepared(connection: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let cache = statementCache.get(connection);
  if (!cache) statementCache.set(connection, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) {
    // Prisma turns safe integers on for the connection; plain numbers here.
    stmt = connection.prepare(sql).safeIntegers(false);
    cache.set(sql, stmt);
  }
  return stmt;
}

function sqliteDirect(handle: Extract<DriverHandle, { provider: "sqlite" }>): Direct {
  const { connection, lock } = handle;
  const tx: SqliteTx = {
    get: <R>(stmt: Statement, params: Params) => prepared(connection, stmt.sqlite).get(params) as R | undefined,
    all: <R>(stmt: Statement, params: Params) => prepared(connection, stmt.sqlite).all(params) as R[],
    run: (stmt, params) => prepared(connection, stmt.sqlite).run(params).changes,
  };
  return {
    provider: "sqlite",
    async read<T>(fn: (tx: SqliteTx) => T): Promise<T> {
      const release = await lock.acquire();
      try {
        return fn(tx);
      } finally {
        release();
      }
    },
    async transaction<T>(fn: (tx: SqliteTx) => T): Promise<T> {
      const release = await lock.acquire();
      try {
        prepared(connection, "BEGIN IMMEDIATE").run();
        let result: T;
        try {
          result = fn(tx);
        } catch (error) {
          prepared(connection, "ROLLBACK").run();
          throw error;
        }
        prepared(connection, "COMMIT").run();
        return result;
      } finally {
        release();
      }
    },
  };
}

function postgresDirect(handle: Extract<DriverHandle, { provider: "postgresql" }>): Direct {
  return {
    provider: "postgresql",
    async query<R>(stmt: Statement, params: Params): Promise<R[]> {
      const result = await handle.pool.query({ name: stmt.name, text: stmt.postgresql, values: stmt.order.map((k) => params[k]) });
      return result.rows as R[];
    },
  };
}

const directs = new WeakMap<DriverHandle, Direct>();

/** The direct driver access for a client made by createDb (connecting it first if needed). */
export async function direct(client: { $connect(): Promise<void> }): Promise<Direct> {
  const factory = (client as { [FACTORY]?: AppAdapterFactory })[FACTORY];
  if (!factory) throw new Error("direct(): not a client made by createDb");
  let handle = factory.driver();
  if (!handle || (handle.provider === "sqlite" && !handle.connection.open)) {
    await client.$connect();
    handle = factory.driver();
  }
  if (!handle) throw new Error("direct(): the client has no driver connection");
  let d = directs.get(handle);
  if (!d) directs.set(handle, (d = handle.provider === "sqlite" ? sqliteDirect(handle) : postgresDirect(handle)));
  return d;
}
