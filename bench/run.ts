// `npm run bench`: every benchmark, each printing ratios against a baseline measured in the
// same run. Ingestion runs in-process (beside the tokenizer alone); the review and quiz
// benches run against the built app started here on loopback with a fresh data directory
// (beside the bare route GET /api/health of the same server). Bounded; stops by itself.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const PORT = Number(process.env.BENCH_PORT ?? 3610);
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = path.join(".tmp", "bench-data");
const CODE = "bench-instructor-code";
const tsx = path.join("node_modules", "tsx", "dist", "cli.mjs");

function runBench(file: string, env: Record<string, string> = {}): boolean {
  console.log(`\n━━ ${file} ━━`);
  const res = spawnSync(process.execPath, [tsx, file], { stdio: "inherit", env: { ...process.env, ...env } });
  return res.status === 0;
}

async function waitForHealth(ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("the server did not start");
}

/** Peak resident memory (VmHWM) of the Next.js server processes in the group. */
function serverPeakRss(groupId: number): number {
  let peak = 0;
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const pgid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      if (pgid !== groupId) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      if (hwm) peak = Math.max(peak, Number(hwm[1]) * 1024);
    } catch {
      /* process ended */
    }
  }
  return peak;
}

async function main() {
  const results: [string, boolean][] = [];
  results.push(["ingest", runBench("bench/ingest.bench.ts")]);

  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const server = spawn(process.execPath, [tsx, "scripts/start.ts"], {
    detached: true, // its own process group, ended as a whole below
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: String(PORT), DATA_DIR, DATABASE_URL: "", INSTRUCTOR_CODE: CODE, NEXTAUTH_URL: BASE },
  });
  try {
    await waitForHealth(600_000);
    const env = { BENCH_URL: BASE, BENCH_INSTRUCTOR_CODE: CODE, DATA_DIR, DATABASE_URL: "" };
    results.push(["review", runBench("bench/review.bench.ts", env)]);
    results.push(["quiz", runBench("bench/quiz.bench.ts", env)]);
    console.log(`\nserver peak RSS: ${(serverPeakRss(server.pid!) / 1024 / 1024).toFixed(0)} MB`);
  } finally {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
  console.log(`\n${results.map(([n, ok]) => `${ok ? "✔" : "✖"} ${n}`).join("  ")}`);
  process.exit(results.every(([, ok]) => ok) ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
