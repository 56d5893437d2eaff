// Quiz speed against a running server (loopback only): quiz-answer submission and assembling
// a 50-question quiz (starting an attempt: draw + freeze 50 questions), beside the bare route
// GET /api/health, plus assembleQuiz alone in-process. Bounded request counts.
//   BENCH_URL=http://127.0.0.1:3000 BENCH_INSTRUCTOR_CODE=<code> npx tsx bench/quiz.bench.ts
// The server's database is reached the way the server does (DATABASE_URL / DATA_DIR) only to
// put a card set for the bench user into it (as the e2e test does).
import { performance } from "node:perf_hooks";
import { createDb } from "@/lib/db/client";
import { databaseTargetFromEnv } from "@/lib/db/target";
import { assembleQuiz } from "@/lib/quiz/assemble";
import { loadQuizCards } from "@/lib/quiz/cards";
import { seedSetFromStoredFacts } from "@/lib/quiz/test-support";

const BASE = process.env.BENCH_URL ?? "http://127.0.0.1:3000";
const HEALTH_REQUESTS = 200;
const ASSEMBLE_ROUNDS = 20;
const ANSWERS = 100;
const host = new URL(BASE).hostname;
if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
  console.error(`BENCH_URL must be a loopback address, not ${host}`);
  process.exit(2);
}

const jar = new Map<string, string>();
async function call(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (jar.size) headers.set("cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
  // A keep-alive socket the server has just closed fails with "other side closed" before the
  // request is read; send it again once on a fresh socket.
  const send = () => fetch(BASE + path, { ...init, headers, redirect: "manual" });
  const res = await send().catch((error: { cause?: { code?: string } }) => {
    if (error?.cause?.code === "UND_ERR_SOCKET") return send();
    throw error;
  });
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const i = pair!.indexOf("=");
    jar.set(pair!.slice(0, i), pair!.slice(i + 1));
  }
  return res;
}
const json = (body: unknown): RequestInit => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

function stats(name: string, ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  console.log(`${name.padEnd(36)} n=${String(s.length).padStart(4)}  mean ${mean.toFixed(2).padStart(8)} ms  p50 ${q(0.5).toFixed(2).padStart(8)} ms  p95 ${q(0.95).toFixed(2).padStart(8)} ms`);
}

async function timed(fn: () => Promise<Response>, expect: number[]): Promise<[number, Response]> {
  const t0 = performance.now();
  const res = await fn();
  const ms = performance.now() - t0;
  if (!expect.includes(res.status)) throw new Error(`unexpected ${res.status}: ${await res.text()}`);
  return [ms, res];
}

async function main() {
  // Baseline.
  const health: number[] = [];
  for (let i = 0; i < HEALTH_REQUESTS; i++) {
    const [ms, res] = await timed(() => call("/api/health"), [200]);
    await res.arrayBuffer();
    health.push(ms);
  }

  // A bench instructor, signed in through next-auth's credentials flow.
  const email = `bench-${Date.now()}@example.com`;
  const password = "bench passphrase long";
  const code = process.env.BENCH_INSTRUCTOR_CODE ?? process.env.INSTRUCTOR_CODE;
  if (!code) throw new Error("Set BENCH_INSTRUCTOR_CODE to the server's instructor code.");
  await timed(() => call("/api/users", json({ name: "Bench", email, password, instructorCode: code })), [201]);
  const { csrfToken } = (await (await call("/api/auth/csrf")).json()) as { csrfToken: string };
  await call("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });

  const db = createDb(databaseTargetFromEnv());
  let setId: string;
  let cardsForPure;
  try {
    const owner = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    setId = (await seedSetFromStoredFacts(db, { title: "bench set", ownerId: owner.id })).id;
    cardsForPure = await loadQuizCards(db, setId);
  } finally {
    await db.$disconnect();
  }

  // In-process: assembleQuiz alone.
  const pure: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    assembleQuiz({ cards: cardsForPure, count: 50, kinds: ["multiple_choice", "ordering", "typed"], shuffle: true, seed: `b${i}` });
    pure.push(performance.now() - t0);
  }

  const [, created] = await timed(
    () => call("/api/quizzes", json({ title: "bench", setId, questionCount: 50, kinds: ["multiple_choice", "ordering", "typed"], timeLimitSec: null, attemptsAllowed: null })),
    [201],
  );
  const quiz = ((await created.json()) as { quiz: { id: string; questionCount: number } }).quiz;

  const assemble: number[] = [];
  for (let i = 0; i < ASSEMBLE_ROUNDS; i++) {
    const [ms, res] = await timed(() => call(`/api/quizzes/${quiz.id}/attempts`, json({})), [201]);
    assemble.push(ms);
    const { attemptId } = (await res.json()) as { attemptId: string };
    await timed(() => call(`/api/attempts/${attemptId}/submit`, { method: "POST" }), [200]);
  }

  const answers: number[] = [];
  while (answers.length < ANSWERS) {
    const { attemptId } = (await (await call(`/api/quizzes/${quiz.id}/attempts`, json({}))).json()) as { attemptId: string };
    for (;;) {
      if (answers.length >= ANSWERS) break;
      const view = (await (await call(`/api/attempts/${attemptId}`)).json()) as { question: { id: string; kind: string; options?: string[] } | null };
      if (!view.question) break;
      const q = view.question;
      const answer = q.kind === "typed" ? "こたえ" : q.kind === "ordering" ? q.options! : q.options![0]!;
      const [ms] = await timed(() => call(`/api/attempts/${attemptId}/answers`, json({ questionId: q.id, answer })), [201]);
      answers.push(ms);
    }
    await call(`/api/attempts/${attemptId}/submit`, { method: "POST" });
  }

  console.log(`quiz bench against ${BASE} (${quiz.questionCount}-question quiz)`);
  stats("GET /api/health (baseline)", health);
  stats("POST answer", answers);
  stats(`start attempt (${quiz.questionCount} questions)`, assemble);
  stats(`assembleQuiz in-process (50)`, pure);
  const p50 = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)] ?? NaN;
  const base = p50(health);
  console.log(`ratio   answer p50 / health p50 ${(p50(answers) / base).toFixed(1)}x   start-attempt p50 / health p50 ${(p50(assemble) / base).toFixed(1)}x`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
