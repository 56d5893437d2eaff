// `npm test`: lint, typecheck, unit + integration tests (vitest; integration on a real
// SQLite file and a real PostgreSQL), then end-to-end tests (Playwright driving Debian's
// chromium against the built app). Ends with one "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();
const tmp = path.join(root, ".tmp");
fs.mkdirSync(tmp, { recursive: true });
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

interface Step {
  name: string;
  ok: boolean;
  passed: number;
  failed: number;
  seconds: number;
}
const steps: Step[] = [];

function run(name: string, cmd: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n━━ ${name} ━━ ${[path.basename(cmd), ...args].join(" ")}`);
  const t0 = Date.now();
  const res = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return { ok: res.status === 0, seconds: (Date.now() - t0) / 1000 };
}

const only = process.argv.slice(2);
const wants = (s: string) => only.length === 0 || only.includes(s);

if (wants("lint")) {
  const r = run("lint", bin("eslint"), [".", "--max-warnings=0"]);
  steps.push({ name: "lint", ...r, passed: 0, failed: 0 });
}
if (wants("typecheck")) {
  const r = run("typecheck", bin("tsc"), ["--noEmit", "-p", "."]);
  steps.push({ name: "typecheck", ...r, passed: 0, failed: 0 });
}
if (wants("vitest")) {
  const out = path.join(tmp, "vitest-report.json");
  fs.rmSync(out, { force: true });
  const r = run("unit + integration (vitest)", bin("vitest"), [
    "run",
    "--reporter=default",
    "--reporter=./tests/support/database-count-reporter.ts",
    "--reporter=json",
    `--outputFile.json=${out}`,
  ]);
  const report = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, "utf8")) : null;
  steps.push({
    name: "vitest",
    ...r,
    ok: r.ok && !!report,
    passed: report?.numPassedTests ?? 0,
    failed: report ? report.numFailedTests : 1,
  });
}
if (wants("e2e")) {
  const out = path.join(tmp, "playwright-report.json");
  fs.rmSync(out, { force: true });
  const r = run("end-to-end (playwright)", bin("playwright"), ["test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  const report = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, "utf8")) : null;
  if (report) printE2eDatabaseCounts(report);
  steps.push({
    name: "e2e",
    ...r,
    ok: r.ok && !!report,
    passed: report?.stats?.expected ?? 0,
    failed: report ? (report.stats.unexpected ?? 0) + (report.stats.flaky ?? 0) : 1,
  });
}

interface PwSuite {
  suites?: PwSuite[];
  specs?: { tests: { projectName: string; status: string }[] }[];
}
/** The postgresql project runs against the app on PostgreSQL; every other project on SQLite. */
function printE2eDatabaseCounts(report: { suites: PwSuite[] }) {
  const counts = { sqlite: { passed: 0, failed: 0 }, postgresql: { passed: 0, failed: 0 } };
  const visit = (suite: PwSuite) => {
    suite.suites?.forEach(visit);
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        const c = counts[t.projectName === "postgresql" ? "postgresql" : "sqlite"];
        if (t.status === "expected") c.passed++;
        else if (t.status !== "skipped") c.failed++;
      }
    }
  };
  report.suites.forEach(visit);
  for (const [db, c] of Object.entries(counts)) console.log(`e2e on ${db}: ${c.passed} passed, ${c.failed} failed`);
}

console.log("\n━━ summary ━━");
for (const s of steps) {
  const counts = s.name === "lint" || s.name === "typecheck" ? "" : ` (${s.passed} passed, ${s.failed} failed)`;
  console.log(`${s.ok ? "✔" : "✖"} ${s.name}${counts} in ${s.seconds.toFixed(1)} s`);
}
const passed = steps.reduce((n, s) => n + s.passed, 0);
const failed = steps.reduce((n, s) => n + s.failed, 0) + steps.filter((s) => !s.ok && s.failed === 0).length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(steps.every((s) => s.ok) ? 0 : 1);
