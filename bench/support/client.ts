// Bench set-up over real HTTP: users signed up and signed in (a session cookie each), a class,
// quizzes and assignments; and running one load generator process (bench/support/load.mjs).
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  statuses: Record<string, number>;
  /** Server CPU time per request over the run (bench/app.bench.ts adds it). */
  cpuMsPerRequest?: number;
}

export type LoadConfig =
  | { scenario: "get"; path: string; seconds: number; connections: number }
  | { scenario: "review"; seconds: number; connections: number; users: { cookie: string; cards: string[] }[] }
  | { scenario: "queue"; connections: number; rate?: number; items: { cookie: string; path: string; body: unknown }[] };

/** One autocannon run in its own process (plain Node), so the generator's CPU is not ours. */
export async function load(base: string, config: LoadConfig): Promise<LoadResult> {
  const file = path.join(os.tmpdir(), `genten-load-${process.pid}-${crypto.randomBytes(4).toString("hex")}.json`);
  fs.writeFileSync(file, JSON.stringify({ url: base, ...config }));
  try {
    const child = spawn(process.execPath, [path.join("bench", "support", "load.mjs"), file], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    if (code !== 0) throw new Error(`load generator exited with ${code}`);
    return JSON.parse(out.trim().split("\n").pop()!) as LoadResult;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

export class Client {
  private jar = new Map<string, string>();
  constructor(
    private base: string,
    readonly email: string,
  ) {}

  get cookie(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async call(p: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.jar.size) headers.set("cookie", this.cookie);
    // A keep-alive socket the server has just closed fails with "other side closed" before the
    // request is read; send it again once on a fresh socket.
    const send = () => fetch(this.base + p, { ...init, headers, redirect: "manual" });
    const res = await send().catch((error: { cause?: { code?: string } }) => {
      if (error?.cause?.code === "UND_ERR_SOCKET") return send();
      throw error;
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      this.jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    return res;
  }

  async json<T>(p: string, body?: unknown, expect: number[] = [200, 201]): Promise<T> {
    const res = await this.call(p, body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    if (!expect.includes(res.status)) throw new Error(`${p}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  /** Signs up (as an instructor with `code`) and signs in through next-auth's credentials flow. */
  static async signUp(base: string, label: string, code?: string): Promise<Client> {
    const email = `${label}-${crypto.randomBytes(4).toString("hex")}@example.com`;
    const password = "bench passphrase long";
    const c = new Client(base, email);
    await c.json("/api/users", { name: label, email, password, ...(code ? { instructorCode: code } : {}) }, [201]);
    const { csrfToken } = await c.json<{ csrfToken: string }>("/api/auth/csrf");
    await c.call("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
    });
    if (!c.cookie.includes("session-token")) throw new Error(`sign-in failed for ${email}`);
    return c;
  }
}

/** Runs `fn` over `items` with at most `n` at a time. */
export async function inParallel<T, R>(items: readonly T[], n: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      for (;;) {
        const i = next++;
        if (i >= items.length) return;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}
