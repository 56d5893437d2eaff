// Applies pending migrations (the committed SQL under prisma/) with the WebAssembly
// schema engine. It records them in _prisma_migrations exactly as `prisma migrate deploy`.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { adapterFactoryFor } from "./adapters";
import { migrationsDir } from "./paths";
import { type DatabaseTarget, redact } from "./provider";
import { engineErrorMessage, NO_FILTERS, readMigrations, startSchemaEngine } from "./schema-engine";

export class DatabaseSetupError extends Error {
  override name = "DatabaseSetupError";
}

/** mkdir -p one level at a time: Node's recursive mkdir spins forever under /proc. */
function makeDirectories(dir: string): void {
  const missing: string[] = [];
  let at = path.resolve(dir);
  while (!fs.existsSync(at)) {
    missing.unshift(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const d of missing) fs.mkdirSync(d);
}

/** Makes sure an SQLite file can be created and written; a clear error otherwise. */
export function prepareSqliteFile(file: string): void {
  if (file === ":memory:") return;
  const dir = path.dirname(file);
  try {
    makeDirectories(dir);
    fs.accessSync(dir, fs.constants.W_OK);
    if (fs.existsSync(file)) fs.accessSync(file, fs.constants.W_OK);
  } catch (error) {
    throw new DatabaseSetupError(
      `The data directory ${dir} is not writable (${(error as NodeJS.ErrnoException).code ?? error}). ` +
        `Set DATA_DIR or DATABASE_URL to a writable location.`,
    );
  }
  // WAL lets readers proceed during a write; the setting is stored in the file.
  const db = new Database(file, { timeout: 5000 });
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}

export async function migrate(target: DatabaseTarget): Promise<string[]> {
  if (target.provider === "sqlite") prepareSqliteFile(target.file);
  const factory = adapterFactoryFor(target, { forSchemaEngine: true });
  let running;
  try {
    running = await startSchemaEngine(factory);
  } catch (error) {
    throw new DatabaseSetupError(`Cannot connect to ${redact(target.url)}: ${engineErrorMessage(error)}`);
  }
  try {
    const { appliedMigrationNames } = await running.engine.applyMigrations({
      migrationsList: readMigrations(migrationsDir(target.provider)),
      filters: NO_FILTERS,
    });
    return appliedMigrationNames;
  } catch (error) {
    throw new DatabaseSetupError(`Migrating ${redact(target.url)} failed: ${engineErrorMessage(error)}`);
  } finally {
    await running.stop();
  }
}
