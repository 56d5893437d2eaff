// Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm), driven
// through a driver adapter: migrations and diffs with no native engine download
// (docs/decisions/0001-wasm-schema-engine.md).
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type * as Wasm from "@prisma/schema-engine-wasm";

type WasmModule = typeof Wasm;
let loaded: WasmModule | undefined;

/**
 * The package's entry imports the .wasm file as an ES module, which Node 20 only allows
 * behind --experimental-wasm-modules; instantiate the bytes ourselves instead.
 */
function loadWasm(): WasmModule {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bg = require(bgPath) as WasmModule & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
  };
  const bytes = fs.readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  loaded = bg;
  return bg;
}

export type SchemaEngine = Wasm.SchemaEngine;
export type MigrationList = Wasm.MigrationList;

export interface RunningSchemaEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes every connection it opened. The engine itself does not
   *  close them, and an SQLite connection left open keeps its lock (later queries time out). */
  stop(): Promise<void>;
}

/** Starts an engine bound to a database; `schema` is the Prisma schema text, if any. */
export async function startSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schema?: { path: string; content: string },
): Promise<RunningSchemaEngine> {
  const wasm = loadWasm();
  const debug = process.env.DEBUG_SCHEMA_ENGINE ? (m: string) => process.stderr.write(`${m}\n`) : () => {};
  const opened: SqlDriverAdapter[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const a = await factory.connect();
      opened.push(a);
      return a;
    },
    connectToShadowDb: async () => {
      const a = await factory.connectToShadowDb();
      opened.push(a);
      return a;
    },
  };
  const engine = await wasm.SchemaEngine.new(
    { datamodels: schema ? [[schema.path, schema.content]] : undefined },
    debug,
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  let stopped = false;
  return {
    engine,
    async stop() {
      if (stopped) return;
      stopped = true;
      engine.free();
      await Promise.allSettled(opened.map((a) => a.dispose()));
    },
  };
}

export const NO_FILTERS: Wasm.SchemaFilter = { externalTables: [], externalEnums: [] };

/** Reads a migrations directory the way `prisma migrate` does. */
export function readMigrations(dir: string): MigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  const entries = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: entries.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok" as const, value: fs.readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

/** A readable message from whatever the engine threw. */
export function engineErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === "object" && "message" in error) return String((error as { message: unknown }).message);
  return String(error);
}
