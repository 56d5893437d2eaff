// The e2e server on PostgreSQL: a throw-away local cluster, then the README's start command
// with DATABASE_URL pointing at it. Waits for the SQLite server first so that the two
// never build .next at the same time (this one reuses that build).
import { spawn } from "node:child_process";
import pg from "pg";
import { startTempPostgres } from "../../scripts/support/pg-cluster";

const SQLITE_HEALTH = process.env.E2E_WAIT_FOR ?? "http://127.0.0.1:3210/api/health";

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${url} did not come up`);
}

async function main() {
  await waitFor(SQLITE_HEALTH, 600_000);
  const cluster = await startTempPostgres();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query("CREATE DATABASE genten_e2e");
  await admin.end();
  const url = new URL(cluster.url);
  url.pathname = "/genten_e2e";

  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    stdio: "inherit",
    // The SQLite server built the app already; a second build here could replace its chunks.
    env: { ...process.env, DATABASE_URL: url.toString(), SKIP_BUILD: "1" },
  });
  const stop = (code: number) => {
    cluster.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      child.kill(signal);
      child.once("exit", () => stop(0));
    });
  }
  child.on("exit", (code) => stop(code ?? 1));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
