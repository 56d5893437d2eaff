// Starting the app for a bench the way a user does (`npm start`, with a fresh data directory),
// and reading the peak resident memory of the server and of the launcher chain above it.
import { spawn } from "node:child_process";
import fs from "node:fs";

export interface BenchServer {
  base: string;
  /** Peak RSS (VmHWM) of the Next.js server, and of the processes that launched it (npm, sh, scripts/start.mjs). */
  peakRss(): { server: number; launcher: number; chain: { name: string; bytes: number }[] };
  /** Restarts the server's peak RSS count (Linux: clear_refs 5), to measure one phase. */
  resetServerPeak(): void;
  /** CPU time the server has used so far (user + system), in ms: per request it varies far less
   *  than latency when other jobs share the machine. */
  cpuMs(): number;
  stop(): Promise<void>;
}

function groupProcesses(groupId: number): { pid: number; comm: string; cmd: string; hwm: number }[] {
  const out = [];
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const pgid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      if (pgid !== groupId) continue;
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
      out.push({ pid: Number(pid), comm: fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim(), cmd, hwm });
    } catch {
      /* the process ended */
    }
  }
  return out;
}

async function waitForHealth(base: string, child: ReturnType<typeof spawn>, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before it answered`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not start");
}

export async function startBenchServer(opts: { port: number; dataDir: string; databaseUrl: string; instructorCode: string }): Promise<BenchServer> {
  const base = `http://127.0.0.1:${opts.port}`;
  fs.rmSync(opts.dataDir, { recursive: true, force: true });
  const child = spawn("npm", ["start", "--silent"], {
    detached: true, // its own process group: measured and ended as a whole
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: String(opts.port), DATA_DIR: opts.dataDir, DATABASE_URL: opts.databaseUrl, INSTRUCTOR_CODE: opts.instructorCode, NEXTAUTH_URL: base },
  });
  await waitForHealth(base, child, 900_000);
  return {
    base,
    peakRss() {
      const procs = groupProcesses(child.pid!);
      const isServer = (p: { comm: string; cmd: string }) => p.cmd.startsWith("next-server") || p.comm.startsWith("next-server");
      const server = procs.filter(isServer).reduce((a, p) => Math.max(a, p.hwm), 0);
      const chain = procs.filter((p) => !isServer(p)).map((p) => ({ name: p.cmd.split(" ").slice(0, 3).join(" "), bytes: p.hwm }));
      const launcher = procs.find((p) => p.comm === "node" && p.cmd.includes("scripts/start.mjs"))?.hwm ?? 0;
      return { server, launcher, chain };
    },
    cpuMs() {
      let ticks = 0;
      for (const p of groupProcesses(child.pid!)) {
        if (!p.cmd.startsWith("next-server") && !p.comm.startsWith("next-server")) continue;
        try {
          const stat = fs.readFileSync(`/proc/${p.pid}/stat`, "utf8");
          const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
          ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
        } catch {
          /* the process ended */
        }
      }
      return ticks * 10; // USER_HZ is 100 on Linux
    },
    resetServerPeak() {
      for (const p of groupProcesses(child.pid!)) {
        if (!p.cmd.startsWith("next-server") && !p.comm.startsWith("next-server")) continue;
        try {
          fs.writeFileSync(`/proc/${p.pid}/clear_refs`, "5");
        } catch {
          /* not permitted: the peak then covers the whole run */
        }
      }
    },
    async stop() {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        return;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid!, "SIGKILL");
          } catch {
            /* gone */
          }
          resolve();
        }, 10_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}
