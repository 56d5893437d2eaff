// `npm run bench`: every benchmark, each printing ratios against a baseline measured in the
// same run. Ingestion runs in-process (beside the tokenizer alone). The server benches
// (bench/app.bench.ts) run against the app started with `npm start` on loopback with a fresh
// data directory — on SQLite, and on PostgreSQL when a cluster can be started here
// (Debian's postgresql package, as on CI's machine) or BENCH_POSTGRES_URL names one — each
// beside the bare route and a static file of the same server, with autocannon in its own
// process. Bounded; stops by itself.
//   BENCH_PORT (3610)  BENCH_SECONDS (5 per measurement)  BENCH_CONNECTIONS (32)
// Last, Lighthouse's mobile profile on the main pages (bench/lighthouse.bench.ts), against the
// app on SQLite started afresh.
//   BENCH_ONLY=sqlite|postgresql|ingest|lighthouse  to run one part
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { startTempPostgres, type TempPostgres } from "@/scripts/support/pg-cluster";
import { runAppBench } from "./app.bench";
import { runLighthouseBench } from "./lighthouse.bench";
import { startBenchServer } from "./support/server";

const PORT = Number(process.env.BENCH_PORT ?? 3610);
const CODE = "bench-instructor-code";
const ONLY = process.env.BENCH_ONLY;
const tsx = path.join("node_modules", "tsx", "dist", "cli.mjs");
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
// Other jobs on the machine move every absolute figure (and Lighthouse's scores through its
// simulated 4× CPU): each part says what the load was when it started and ended.
const load = () => `load average ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`;

function runBenchFile(file: string): boolean {
  console.log(`\n━━ ${file} (${load()}) ━━`);
  const res = spawnSync(process.execPath, [tsx, file], { stdio: "inherit" });
  console.log(`  (${load()})`);
  return res.status === 0;
}

async function benchDatabase(name: string, databaseUrl: string): Promise<boolean> {
  console.log(`\n━━ server on ${name} (port ${PORT}; ${load()}) ━━`);
  const dataDir = path.join(".tmp", "bench-data");
  const server = await startBenchServer({ port: PORT, dataDir, databaseUrl, instructorCode: CODE });
  try {
    const probe = { reset: () => server.resetServerPeak(), peak: () => server.peakRss().server, cpuMs: () => server.cpuMs() };
    const summary = await runAppBench(server.base, databaseUrl || `file:${path.join(dataDir, "app.db")}`, CODE, probe);
    const rss = server.peakRss();
    console.log(`  peak RSS: server under review load ${mb(summary.reviewPeakRss)} (target ≤ 300 MB), at the end ${mb(rss.server)}; launcher scripts/start.mjs ${mb(rss.launcher)}`);
    console.log(`  launcher chain: ${rss.chain.map((p) => `${p.name} ${mb(p.bytes)}`).join(", ")}`);
    console.log(`  (${load()})`);
    return summary.failures === 0;
  } finally {
    await server.stop();
  }
}

async function benchPages(): Promise<boolean> {
  console.log(`\n━━ pages on a phone (Lighthouse; server on SQLite, port ${PORT}; ${load()}) ━━`);
  const server = await startBenchServer({ port: PORT, dataDir: path.join(".tmp", "bench-data"), databaseUrl: "", instructorCode: CODE });
  try {
    return await runLighthouseBench(server.base);
  } finally {
    console.log(`  (${load()})`);
    await server.stop();
  }
}

async function main() {
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${mb(os.totalmem())}, Node ${process.version}, ${load()}`);
  const results: [string, boolean][] = [];
  if (!ONLY || ONLY === "ingest") results.push(["ingest", runBenchFile("bench/ingest.bench.ts")]);
  if (!ONLY || ONLY === "sqlite") results.push(["sqlite", await benchDatabase("SQLite", "")]);
  if (!ONLY || ONLY === "postgresql") {
    let pg: TempPostgres | null = null;
    let url = process.env.BENCH_POSTGRES_URL;
    if (!url) {
      try {
        pg = await startTempPostgres();
        url = pg.url;
      } catch (error) {
        console.log(`\n(PostgreSQL skipped: ${error instanceof Error ? error.message : error})`);
      }
    }
    try {
      if (url) results.push(["postgresql", await benchDatabase("PostgreSQL", url)]);
    } finally {
      pg?.stop();
    }
  }
  if (!ONLY || ONLY === "lighthouse") results.push(["lighthouse", await benchPages()]);
  console.log(`\n${results.map(([n, ok]) => `${ok ? "✔" : "✖"} ${n}`).join("  ")}`);
  process.exit(results.every(([, ok]) => ok) ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
