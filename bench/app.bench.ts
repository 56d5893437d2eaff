// The server benches of `npm run bench`, against one running app (bench/run.ts starts it on
// SQLite and on PostgreSQL). Every figure is beside the bare route GET /api/health and a
// static file of the same server, measured alternately in the same run (three rounds), all
// at the same number of connections, by autocannon in its own process.
//
//   review  POST /api/reviews: connection i is learner i grading a built-in set's cards
//   start   POST /api/quizzes/:id/attempts: 40 learners of a class start a 50-question quiz at once
//   answer  POST /api/attempts/:id/answers: those learners answer their 50 questions
//
// The bench reaches the database directly only to prepare: a card set for the instructor
// (bench/support/quiz-set.ts), and
// marking the questions shown (as GET /api/attempts/:id does one at a time), so that only
// answers are timed.
import { createDb } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/provider";
import { Client, inParallel, load, type LoadConfig, type LoadResult } from "./support/client";
import { seedBenchQuizSet } from "./support/quiz-set";

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = 3;
const LEARNERS = 40;
const QUESTIONS = 50;
const CLASS_LIMIT_SEC = Number(process.env.BENCH_CLASS_LIMIT_SEC ?? 15);

export interface Line {
  name: string;
  result: LoadResult;
  bare: LoadResult;
}

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

export function printLine(name: string, r: LoadResult) {
  const bad = r.non2xx + r.errors;
  const codes = Object.entries(r.statuses).map(([k, v]) => `${v}×${k}`).join(" ");
  const cpu = r.cpuMsPerRequest === undefined || Number.isNaN(r.cpuMsPerRequest) ? "" : `  cpu ${f2(r.cpuMsPerRequest).padStart(5)} ms/req`;
  console.log(`  ${name.padEnd(30)} ${f1(r.rps).padStart(8)} req/s  p50 ${f1(r.p50).padStart(6)} ms  p99 ${f1(r.p99).padStart(6)} ms${cpu}${bad ? `  (${codes}${r.errors ? `, ${r.errors} errors` : ""})` : ""}`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

export interface AppBenchSummary {
  review: { throughput: number; p99: number };
  answer: { p50: number; p99: number };
  start: { p50: number };
  static: { throughput: number };
  reviewPeakRss: number;
  failures: number;
}

/** The server process: peak RSS during the review runs only (set-up signs 41 users up:
 *  argon2id), and its CPU time, for the CPU each request costs. */
export interface ServerProbe {
  reset(): void;
  peak(): number;
  cpuMs(): number;
}

export async function runAppBench(base: string, databaseUrl: string, instructorCode: string, probe?: ServerProbe): Promise<AppBenchSummary> {
  const db = createDb(parseDatabaseUrl(databaseUrl));
  try {
    console.log(`  preparing: ${LEARNERS} learners, an instructor, a class, ${ROUNDS} assigned ${QUESTIONS}-question quizzes`);
    const teacher = await Client.signUp(base, "bench-teacher", instructorCode);
    const learners = await inParallel(Array.from({ length: LEARNERS }, (_, i) => i), 4, (i) => Client.signUp(base, `bench-learner-${i}`));

    const sets = await learners[0]!.json<{ sets: { id: string; builtin: boolean; cardCount: number }[] }>("/api/sets");
    const biggest = sets.sets.filter((s) => s.builtin).sort((a, b) => b.cardCount - a.cardCount)[0];
    if (!biggest) throw new Error("no built-in set: the corpus did not load");
    const queue = await learners[0]!.json<{ queue: { id: string }[] }>(`/api/study/queue?set=${biggest.id}`);
    const cards = queue.queue.map((c) => c.id);
    const reviewers = learners.slice(0, CONNECTIONS).map((l, i) => ({ cookie: l.cookie, cards: [...cards.slice(i % cards.length), ...cards.slice(0, i % cards.length)] }));

    const ownerId = (await db.user.findUniqueOrThrow({ where: { email: teacher.email }, select: { id: true } })).id;
    const setId = (await seedBenchQuizSet(db, { title: "bench set", ownerId, cards: QUESTIONS + 10 })).id;
    const cls = (await teacher.json<{ class: { id: string; joinCode: string } }>("/api/classes", { name: "Bench class" })).class;
    await inParallel(learners, 4, (l) => l.json("/api/classes/join", { code: cls.joinCode }));
    const rounds = [];
    for (let r = 0; r < ROUNDS; r++) {
      const quiz = (await teacher.json<{ quiz: { id: string; questionCount: number } }>("/api/quizzes", { title: `bench ${r}`, setId, questionCount: QUESTIONS, kinds: ["multiple_choice", "ordering", "typed"], timeLimitSec: null, attemptsAllowed: null })).quiz;
      if (quiz.questionCount !== QUESTIONS) throw new Error(`the bench set makes only ${quiz.questionCount} questions`);
      const now = Date.now();
      const assignment = (await teacher.json<{ assignment: { id: string } }>(`/api/classes/${cls.id}/assignments`, { title: `bench ${r}`, kind: "quiz", quizId: quiz.id, opensAt: new Date(now - 60_000).toISOString(), dueAt: new Date(now + 86_400_000).toISOString() })).assignment;
      rounds.push({ quiz, assignment });
    }

    const byEmail = new Map(learners.map((l) => [l.email, l]));
    /** Every question of every attempt at the quiz, marked shown, as answer requests, interleaved. */
    const answerItems = async (quizId: string) => {
      const attempts = await db.quizAttempt.findMany({ where: { quizId }, select: { id: true, userId: true, user: { select: { email: true } } } });
      await db.attemptQuestion.updateMany({ where: { attemptId: { in: attempts.map((a) => a.id) } }, data: { shownAt: new Date() } });
      const perAttempt = await Promise.all(
        attempts.map(async (a) => {
          const qs = await db.attemptQuestion.findMany({ where: { attemptId: a.id }, orderBy: { position: "asc" }, select: { questionId: true, question: true } });
          const cookie = byEmail.get(a.user.email)!.cookie;
          return qs.map((q) => {
            const question = q.question as { kind: string; options?: string[] };
            const answer = question.kind === "typed" ? "こたえ" : question.kind === "ordering" ? question.options! : question.options![0]!;
            return { cookie, path: `/api/attempts/${a.id}/answers`, body: { questionId: q.questionId, answer } };
          });
        }),
      );
      // Interleaved: question k of every learner before question k + 1 of any.
      return Array.from({ length: QUESTIONS }, (_, k) => perAttempt.map((qs) => qs[k]).filter((x) => x !== undefined)).flat();
    };

    const lines: { review: Line[]; start: Line[]; answer: Line[]; static: Line[] } = { review: [], start: [], answer: [], static: [] };
    /** One load run, with the server CPU it cost per request. */
    const measure = async (config: LoadConfig): Promise<LoadResult> => {
      const before = probe?.cpuMs() ?? NaN;
      const result = await load(base, config);
      return { ...result, cpuMsPerRequest: ((probe?.cpuMs() ?? NaN) - before) / Math.max(result.requests, 1) };
    };
    const get = (p: string) => measure({ scenario: "get", path: p, seconds: SECONDS, connections: CONNECTIONS });
    const staticPath = "/favicon.svg";
    // Warm-up: JIT and connection pools, not measured.
    await load(base, { scenario: "get", path: "/api/health", seconds: 2, connections: CONNECTIONS });
    await load(base, { scenario: "review", seconds: 2, connections: CONNECTIONS, users: reviewers });

    let reviewPeak = 0;
    for (let r = 0; r < ROUNDS; r++) {
      console.log(`  round ${r + 1}/${ROUNDS}`);
      const bare = await get("/api/health");
      printLine("GET /api/health (bare)", bare);
      const stat = await get(staticPath);
      printLine(`GET ${staticPath} (static)`, stat);
      lines.static.push({ name: "static", result: stat, bare });
      probe?.reset();
      const review = await measure({ scenario: "review", seconds: SECONDS, connections: CONNECTIONS, users: reviewers });
      reviewPeak = Math.max(reviewPeak, probe?.peak() ?? 0);
      printLine("POST /api/reviews", review);
      lines.review.push({ name: "review", result: review, bare });

      const { quiz, assignment } = rounds[r]!;
      const start = await measure({
        scenario: "queue",
        connections: CONNECTIONS,
        items: learners.map((l) => ({ cookie: l.cookie, path: `/api/quizzes/${quiz.id}/attempts`, body: { assignmentId: assignment.id } })),
      });
      printLine(`start ${QUESTIONS}-question quiz (${LEARNERS})`, start);
      lines.start.push({ name: "start", result: start, bare });

      const items = await answerItems(quiz.id);
      const answer = await measure({ scenario: "queue", connections: CONNECTIONS, items });
      printLine(`POST answer (${items.length})`, answer);
      lines.answer.push({ name: "answer", result: answer, bare });
    }

    // A class submitting at once: the 40 learners start a timed assignment together and answer
    // at a steady pace that runs past the deadline. Then the database must hold exactly the
    // answers the server accepted, all before the deadline.
    console.log(`  a class at once: ${LEARNERS} learners, a ${CLASS_LIMIT_SEC} s time limit, answers paced to run past it`);
    const classQuiz = (await teacher.json<{ quiz: { id: string } }>("/api/quizzes", { title: "bench class", setId, questionCount: QUESTIONS, kinds: ["multiple_choice", "ordering", "typed"], timeLimitSec: CLASS_LIMIT_SEC, attemptsAllowed: 1 })).quiz;
    const now = Date.now();
    const classAssignment = (await teacher.json<{ assignment: { id: string } }>(`/api/classes/${cls.id}/assignments`, { title: "bench class", kind: "quiz", quizId: classQuiz.id, opensAt: new Date(now - 60_000).toISOString(), dueAt: new Date(now + 86_400_000).toISOString(), timeLimitSec: CLASS_LIMIT_SEC })).assignment;
    const classStart = await measure({ scenario: "queue", connections: LEARNERS, items: learners.map((l) => ({ cookie: l.cookie, path: `/api/quizzes/${classQuiz.id}/attempts`, body: { assignmentId: classAssignment.id } })) });
    printLine(`start (${LEARNERS} at once)`, classStart);
    const classItems = await answerItems(classQuiz.id);
    const classAnswers = await measure({ scenario: "queue", connections: CONNECTIONS, rate: Math.ceil(classItems.length / (CLASS_LIMIT_SEC * 2)), items: classItems });
    printLine(`POST answer, paced (${classItems.length})`, classAnswers);
    const classBare = await get("/api/health");
    printLine("GET /api/health (bare)", classBare);
    const classAttempts = await db.quizAttempt.findMany({ where: { quizId: classQuiz.id }, select: { id: true, deadline: true, status: true } });
    const deadlineOf = new Map(classAttempts.map((a) => [a.id, a.deadline!.getTime()]));
    const storedAnswers = await db.attemptQuestion.findMany({ where: { attemptId: { in: classAttempts.map((a) => a.id) }, answeredAt: { not: null } }, select: { attemptId: true, answeredAt: true } });
    const acceptedCount = classAnswers.statuses["201"] ?? 0;
    const late = storedAnswers.filter((a) => a.answeredAt!.getTime() >= deadlineOf.get(a.attemptId)!).length;
    const lost = acceptedCount - storedAnswers.length;
    const refused = classAnswers.statuses["409"] ?? 0;
    console.log(`    accepted ${acceptedCount} (stored ${storedAnswers.length}: lost ${lost}), refused after the deadline ${refused}, stored at or after the deadline ${late}; answer p99 ${f2(classAnswers.p99 / Math.max(classBare.p99, 0.001))}× the bare route's`);
    const classOk = lost === 0 && late === 0 && refused > 0 && acceptedCount > 0;
    if (!classOk) console.log("    ✖ the class scenario did not hold (or the run did not cross the deadline)");

    const ratio = (ls: Line[], pick: (r: LoadResult) => number) => median(ls.map((l) => pick(l.result) / Math.max(pick(l.bare), 0.001)));
    const summary: AppBenchSummary = {
      review: { throughput: ratio(lines.review, (r) => r.rps), p99: ratio(lines.review, (r) => r.p99) },
      answer: { p50: ratio(lines.answer, (r) => r.p50), p99: ratio(lines.answer, (r) => r.p99) },
      start: { p50: ratio(lines.start, (r) => r.p50) },
      static: { throughput: ratio(lines.static, (r) => r.rps) },
      reviewPeakRss: reviewPeak,
      failures: Object.values(lines).flat().reduce((n, l) => n + l.result.non2xx + l.result.errors + l.bare.non2xx + l.bare.errors, 0) + (classOk ? 0 : 1),
    };
    console.log(`  ratios to the bare route (median of ${ROUNDS} rounds, ${CONNECTIONS} connections):`);
    console.log(`    review   throughput ${f2(summary.review.throughput)}×   p99 ${f2(summary.review.p99)}×   (targets ≥ 0.5×, ≤ 2×)`);
    console.log(`    answer   p50 ${f2(summary.answer.p50)}×   p99 ${f2(summary.answer.p99)}×   (target p50 ≤ 2×)`);
    const cpu = (ls: Line[]) => f2(median(ls.map((l) => (l.result.cpuMsPerRequest ?? NaN) / Math.max(l.bare.cpuMsPerRequest ?? NaN, 0.001))));
    console.log(`    server CPU per request: review ${cpu(lines.review)}×   answer ${cpu(lines.answer)}×   start ${cpu(lines.start)}×   (of the bare route's ${f2(median(lines.review.map((l) => l.bare.cpuMsPerRequest ?? NaN)))} ms)`);
    console.log(`    start    p50 ${f2(summary.start.p50)}×   (target ≤ 10×)`);
    console.log(`    static   throughput ${f2(summary.static.throughput)}×`);
    return summary;
  } finally {
    await db.$disconnect();
  }
}
