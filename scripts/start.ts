// `npm start`: from a fresh clone to a served app. Generates secrets once into .env.local,
// validates the environment, generates the Prisma clients, migrates the database, loads
// the built-in corpus, builds when the sources changed, then serves (PORT, default 3000).
// `npm run dev` does the same but runs `next dev` instead of building.
//
// `npm start` runs this through the small plain-Node launcher scripts/start.mjs with
// --setup-only: this process then does the setup, hands the launcher the environment and the
// command to serve with (over IPC) and exits, so its ~200 MB (tsx, Prisma, the corpus) are
// not kept for the server's lifetime. Run directly, it still sets up and then serves.
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureLocalSecrets, loadLocalEnv } from "./support/local-env";
import { buildIfStale } from "./support/build";

const dev = process.argv.includes("--dev");
const setupOnly = process.argv.includes("--setup-only");

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

async function main() {
  loadLocalEnv();
  const added = ensureLocalSecrets();
  if (added.length) console.log(`Generated ${added.join(", ")} into .env.local (git-ignored).`);
  process.env.PORT ||= "3000";
  process.env.NEXTAUTH_URL ||= `http://localhost:${process.env.PORT}`;

  const { parseEnv, EnvError } = await import("@/lib/env");
  let env;
  try {
    env = parseEnv();
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }

  const { generateClients } = await import("./db/generate");
  if (generateClients()) console.log("Prisma clients generated.");

  const { parseDatabaseUrl, redact } = await import("@/lib/db/provider");
  const { migrate, DatabaseSetupError } = await import("@/lib/db/migrate");
  let target;
  try {
    target = parseDatabaseUrl(env.DATABASE_URL);
    const applied = await migrate(target);
    console.log(applied.length ? `Database migrated (${applied.join(", ")}).` : `Database ${redact(target.url)} is up to date.`);
  } catch (error) {
    if (error instanceof DatabaseSetupError || error instanceof Error) fail(error.message);
    throw error;
  }

  const { db } = await import("@/lib/db/client");
  const { loadBuiltinContent } = await import("@/lib/corpus/load");
  const { documents, sets } = await loadBuiltinContent(db);
  console.log(`Built-in corpus: ${documents.created} added, ${documents.updated} updated; ${sets.sets} sets, ${sets.cards} cards.`);
  await db.$disconnect();

  // SKIP_BUILD: serve the existing build (the e2e PostgreSQL server shares the SQLite one's).
  if (!dev && !process.env.SKIP_BUILD) buildIfStale();

  const args = [dev ? "dev" : "start", "-p", String(env.PORT)];
  if (setupOnly && process.send) {
    process.send({ args, env: process.env }, () => process.exit(0));
    return;
  }
  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [nextBin, ...args], {
    stdio: "inherit",
    env: process.env,
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
