// `npm start` / `npm run dev`: a deliberately small plain-Node parent (no tsx, no app code).
// It runs the setup step (scripts/start.ts --setup-only: secrets, migrations, corpus, build)
// in a child process that exits, then starts the Next.js server with the environment the
// setup settled on, passes SIGINT/SIGTERM/SIGHUP through and exits with the server's status.
// What stays resident beside the server is this process only (a bare Node runtime).
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";

const root = process.cwd();
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const passArgs = process.argv.slice(2).filter((a) => a === "--dev");

// The server's memory settings, chosen by measurement (issue 12: ≤ 300 MB under the review load;
// README "Benchmarks"). V8 grows its old generation far past what the server keeps alive (idle
// ~100 MB in all) before collecting; a 256 MB limit makes it collect instead (bench peak under
// the review load 449–516 → 262 MB). A --max-old-space-size in NODE_OPTIONS takes precedence.
// Every password check (argon2id) takes 19 MB on one of libuv's threads. glibc serves such a
// block with mmap and returns it when freed — but then raises its mmap threshold to the block's
// size, so every later one comes from that thread's arena and stays resident. A fixed threshold
// keeps returning them (241 → 209 MB after 40 checks). The environment can override it.
const SERVER_ENV = { MALLOC_MMAP_THRESHOLD_: "1048576" };
const SERVER_NODE_FLAGS = ["--max-old-space-size=256"];

let current = null;
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    stopping = true;
    if (current) current.kill(signal);
    else process.exit(128 + os.constants.signals[signal]);
  });
}

function exitLike(code, signal) {
  process.exit(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 1) : 0));
}

let plan = null;
current = spawn(process.execPath, [tsx, path.join("scripts", "start.ts"), "--setup-only", ...passArgs], {
  stdio: ["inherit", "inherit", "inherit", "ipc"],
});
current.on("message", (message) => {
  plan = message;
});
current.on("exit", (code, signal) => {
  current = null;
  if (code !== 0 || !plan || stopping) return exitLike(code, signal);
  const nodeOptions = plan.env.NODE_OPTIONS ?? "";
  const flags = SERVER_NODE_FLAGS.filter((flag) => !nodeOptions.includes(flag.split("=")[0]));
  current = spawn(process.execPath, [...flags, nextBin, ...plan.args], { stdio: "inherit", env: { ...SERVER_ENV, ...plan.env } });
  current.on("exit", exitLike);
});
