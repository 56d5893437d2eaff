import path from "node:path";
import { parseDatabaseUrl, type DatabaseTarget } from "./provider";

/** The database this process uses: DATABASE_URL, else the SQLite file under DATA_DIR. */
export function databaseTargetFromEnv(source: Record<string, string | undefined> = process.env): DatabaseTarget {
  const url = source.DATABASE_URL || `file:${path.join(source.DATA_DIR || "data", "app.db")}`;
  return parseDatabaseUrl(url);
}
