// `npm run db:migrate`: applies pending migrations to DATABASE_URL (default: the SQLite
// file under DATA_DIR), with the WebAssembly schema engine.
import { loadLocalEnv } from "../support/local-env";
import { databaseTargetFromEnv } from "@/lib/db/target";
import { migrate } from "@/lib/db/migrate";
import { redact } from "@/lib/db/provider";

async function main() {
  loadLocalEnv();
  const target = databaseTargetFromEnv();
  const applied = await migrate(target);
  console.log(
    applied.length ? `Applied ${applied.length} migration(s) to ${redact(target.url)}: ${applied.join(", ")}` : `${redact(target.url)} is up to date`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
