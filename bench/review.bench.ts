// Review-submit throughput against a running server, beside the bare route GET /api/health
// in the same server and run. Run: BENCH_URL=http://127.0.0.1:3000 npx tsx bench/review.bench.ts
// (the server must already be running, e.g. `npm start`). Loopback only; bounded request counts.
//
// 32 users are signed up over HTTP and signed in (session cookie); each concurrent worker is
// one user grading the cards of a built-in set with fresh idempotency keys. Prints req/s and
// p99 for both routes and the ratios (review / health).
import crypto from "node:crypto";
import { performance } from "node:perf_hooks";

const BASE = new URL(process.env.BENCH_URL ?? "http://127.0.0.1:3000");
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const REQUESTS = Math.min(Number(process.env.BENCH_REQUESTS ?? 2000), 20_000);
const WARMUP = Math.min(200, REQUESTS);

if (!["127.0.0.1", "localhost", "[::1]", "::1"].includes(BASE.hostname)) {
  console.error(`BENCH_URL must be a loopback address, got ${BASE.hostname}`);
  process.exit(2);
}

const url = (p: string) => new URL(p, BASE).toString();

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

async function signUpAndIn(i: number): Promise<string> {
  const email = `bench-${crypto.randomBytes(4).toString("hex")}-${i}@example.com`;
  const password = "bench passphrase 123";
  const up = await fetch(url("/api/users"), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: `Bench ${i}`, email, password }) });
  if (up.status !== 201) throw new Error(`sign-up failed: ${up.status} ${await up.text()}`);
  const csrfRes = await fetch(url("/api/auth/csrf"));
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfRes);
  const res = await fetch(url("/api/auth/callback/credentials"), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(res).find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in failed: ${res.status}`);
  return session;
}

async function studyCards(cookie: string): Promise<string[]> {
  const sets = (await (await fetch(url("/api/sets"), { headers: { cookie } })).json()) as { sets: { id: string; builtin: boolean; cardCount: number }[] };
  const biggest = sets.sets.filter((s) => s.builtin).sort((a, b) => b.cardCount - a.cardCount)[0];
  if (!biggest) throw new Error("no built-in set: load the corpus first");
  const queue = (await (await fetch(url(`/api/study/queue?set=${biggest.id}`), { headers: { cookie } })).json()) as { queue: { id: string }[] };
  if (queue.queue.length === 0) throw new Error("could not read the set's cards");
  return queue.queue.map((c) => c.id);
}

interface Result {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function run(total: number, one: (worker: number, n: number) => Promise<boolean>): Promise<Result> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      for (;;) {
        const n = next++;
        if (n >= total) return;
        const t0 = performance.now();
        const ok = await one(worker, n).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return { rps: total / seconds, p50: pct(0.5), p99: pct(0.99), errors };
}

async function main() {
  const health = await fetch(url("/api/health")).catch(() => null);
  if (!health?.ok) throw new Error(`no server at ${BASE.origin} (start it first)`);
  const cookies: string[] = [];
  for (let i = 0; i < CONCURRENCY; i++) cookies.push(await signUpAndIn(i));
  const cards = await studyCards(cookies[0]!);
  const ratings = ["again", "hard", "good", "easy"] as const;
  let counter = 0;
  const review = async (worker: number, n: number) => {
    const res = await fetch(url("/api/reviews"), {
      method: "POST",
      headers: { "content-type": "application/json", cookie: cookies[worker]! },
      body: JSON.stringify({ cardId: cards[(n + worker) % cards.length], rating: ratings[n % 4], idempotencyKey: `b${crypto.randomBytes(9).toString("hex")}${(counter++).toString(36)}`, durationMs: 1500 }),
    });
    await res.arrayBuffer();
    return res.status === 201;
  };
  const bare = async () => {
    const res = await fetch(url("/api/health"));
    await res.arrayBuffer();
    return res.ok;
  };
  await run(WARMUP, bare);
  await run(WARMUP, review);
  const h = await run(REQUESTS, bare);
  const r = await run(REQUESTS, review);
  const f = (x: number) => x.toFixed(1);
  console.log(`health  GET /api/health   ${f(h.rps)} req/s  p50 ${f(h.p50)} ms  p99 ${f(h.p99)} ms  errors ${h.errors}`);
  console.log(`review  POST /api/reviews ${f(r.rps)} req/s  p50 ${f(r.p50)} ms  p99 ${f(r.p99)} ms  errors ${r.errors}`);
  console.log(`ratio   throughput ${(r.rps / h.rps).toFixed(3)}  p99 ${(r.p99 / Math.max(h.p99, 0.001)).toFixed(2)}x  (${CONCURRENCY} concurrent users, ${REQUESTS} requests each)`);
  console.log(JSON.stringify({ bench: "review", concurrency: CONCURRENCY, requests: REQUESTS, health: h, review: r, throughputRatio: r.rps / h.rps, p99Ratio: r.p99 / Math.max(h.p99, 0.001) }));
  if (r.errors > 0 || h.errors > 0) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
