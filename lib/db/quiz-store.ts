// The quiz hot paths' statements (docs/decisions/0009-review-hot-path.md): a class starting a
// quiz at once, and every answer. Reading a set's cards, a learner's attempts at a quiz, storing
// a new attempt with its frozen questions in one transaction, and an answer: one read, the
// decision (lib/quiz/answer.ts) and conditional writes.
import type { Db } from "./client";
import { direct, statement, type SqliteTx } from "./direct";

const pgTs = (column: string) => `(${column} AT TIME ZONE 'UTC')`;
const sqliteTime = (d: Date | null) => (d ? d.toISOString().replace("Z", "+00:00") : null);
const pgTime = (d: Date | null) => (d ? d.toISOString() : null);
const asDate = (v: string | Date | null) => (v === null ? null : v instanceof Date ? v : new Date(v));
/** JSON columns are text on SQLite (pg parses jsonb itself). */
const parseJson = (v: unknown) => (typeof v === "string" ? (JSON.parse(v) as unknown) : v);

export interface SetCardRow {
  id: string;
  /** "generated" | "custom": a custom card is asked as a typed question. */
  origin: string;
  factId: string | null;
  documentId: string | null;
  front: string;
  back: string;
  choices: unknown;
  answer: unknown;
  typedAnswers: unknown;
  quote: string | null;
  start: number | null;
  end: number | null;
}

const SET_CARDS = statement("quiz_set_cards", `
SELECT c."id" AS "id", c."origin" AS "origin", c."factId" AS "factId", c."documentId" AS "documentId", c."front" AS "front", c."back" AS "back",
  c."choices" AS "choices", c."answer" AS "answer", c."typedAnswers" AS "typedAnswers", c."quote" AS "quote",
  c."start" AS "start", c."end" AS "end"
FROM "SetCard" sc JOIN "Card" c ON c."id" = sc."cardId"
WHERE sc."setId" = {set} AND c."retired" = false
ORDER BY sc."position" ASC`);

/** A set's cards that are not retired, in set order, with their JSON columns parsed. */
export async function setCardRows(db: Db, setId: string): Promise<SetCardRow[]> {
  const d = await direct(db);
  if (d.provider === "postgresql") return d.query<SetCardRow>(SET_CARDS, { set: setId });
  const rows = await d.read((tx) => tx.all<SetCardRow>(SET_CARDS, { set: setId }));
  for (const r of rows) {
    r.choices = parseJson(r.choices);
    r.answer = parseJson(r.answer);
    r.typedAnswers = parseJson(r.typedAnswers);
  }
  return rows;
}

export interface AttemptSummary {
  id: string;
  status: string;
  startedAt: Date;
  deadline: Date | null;
}

const attemptsSql = (ts: (c: string) => string) => `
SELECT "id", "status", ${ts(`"startedAt"`)} AS "startedAt", ${ts(`"deadline"`)} AS "deadline"
FROM "QuizAttempt"
WHERE "quizId" = {quiz} AND "userId" = {user} AND ("assignmentId" = {assignment} OR ("assignmentId" IS NULL AND {assignment} IS NULL))
ORDER BY "startedAt" ASC, "id" ASC`;
const ATTEMPTS = statement("quiz_attempts_of", attemptsSql((c) => c), attemptsSql(pgTs).replace(/\{assignment\} IS NULL/, "{assignment}::text IS NULL"));

/** A learner's attempts at a quiz (within an assignment, or outside any), oldest first. */
export async function attemptsOf(db: Db, key: { quizId: string; userId: string; assignmentId: string | null }): Promise<AttemptSummary[]> {
  const d = await direct(db);
  const params = { quiz: key.quizId, user: key.userId, assignment: key.assignmentId };
  type Row = { id: string; status: string; startedAt: string | Date; deadline: string | Date | null };
  const rows = d.provider === "sqlite" ? await d.read((tx) => tx.all<Row>(ATTEMPTS, params)) : await d.query<Row>(ATTEMPTS, params);
  return rows.map((r) => ({ id: r.id, status: r.status, startedAt: asDate(r.startedAt)!, deadline: asDate(r.deadline) }));
}

export interface NewAttempt {
  id: string;
  quizId: string;
  userId: string;
  assignmentId: string | null;
  startedAt: Date;
  deadline: Date | null;
  seed: string;
  questions: { questionId: string; question: unknown; cardId: string | null }[];
}

const SQLITE_INSERT_ATTEMPT = statement("quiz_insert_attempt", `
INSERT INTO "QuizAttempt" ("id", "quizId", "userId", "assignmentId", "status", "startedAt", "deadline", "autoSubmitted", "maxScore", "seed", "createdAt")
VALUES ({id}, {quiz}, {user}, {assignment}, 'in_progress', {startedAt}, {deadline}, false, {maxScore}, {seed}, {now})
ON CONFLICT ("id") DO NOTHING`);
const SQLITE_INSERT_QUESTION = statement("quiz_insert_question", `
INSERT INTO "AttemptQuestion" ("attemptId", "questionId", "position", "question", "cardId")
VALUES ({attempt}, {questionId}, {position}, {question}, {card})`);
// PostgreSQL: the attempt and all its questions in one statement (one transaction).
const PG_INSERT_ATTEMPT = statement("quiz_insert_attempt", "", `
WITH a AS (
  INSERT INTO "QuizAttempt" ("id", "quizId", "userId", "assignmentId", "status", "startedAt", "deadline", "autoSubmitted", "maxScore", "seed", "createdAt")
  VALUES ({id}, {quiz}, {user}, {assignment}, 'in_progress', {startedAt}::timestamp(3), {deadline}::timestamp(3), false, {maxScore}::float8, {seed}, {now}::timestamp(3))
  ON CONFLICT ("id") DO NOTHING
  RETURNING "id"
), q AS (
  INSERT INTO "AttemptQuestion" ("attemptId", "questionId", "position", "question", "cardId")
  SELECT a."id", t.qid, t.pos, t.question::jsonb, t.card
  FROM a, unnest({questionIds}::text[], {positions}::int[], {questions}::text[], {cards}::text[]) AS t(qid, pos, question, card)
)
SELECT count(*)::int AS "created" FROM a`);

/** Stores a new attempt and its questions together; false when the id is taken (nothing stored). */
export async function insertAttempt(db: Db, a: NewAttempt, now: Date): Promise<boolean> {
  const d = await direct(db);
  if (d.provider === "sqlite") {
    const t = sqliteTime;
    return d.transaction((tx) => {
      const created = tx.run(SQLITE_INSERT_ATTEMPT, {
        id: a.id, quiz: a.quizId, user: a.userId, assignment: a.assignmentId, startedAt: t(a.startedAt), deadline: t(a.deadline),
        maxScore: a.questions.length, seed: a.seed, now: t(now),
      });
      if (created === 0) return false;
      a.questions.forEach((q, position) =>
        tx.run(SQLITE_INSERT_QUESTION, { attempt: a.id, questionId: q.questionId, position, question: JSON.stringify(q.question), card: q.cardId }),
      );
      return true;
    });
  }
  const t = pgTime;
  const [row] = await d.query<{ created: number }>(PG_INSERT_ATTEMPT, {
    id: a.id, quiz: a.quizId, user: a.userId, assignment: a.assignmentId, startedAt: t(a.startedAt), deadline: t(a.deadline),
    maxScore: a.questions.length, seed: a.seed, now: t(now),
    questionIds: a.questions.map((q) => q.questionId), positions: a.questions.map((_, i) => i),
    questions: a.questions.map((q) => JSON.stringify(q.question)), cards: a.questions.map((q) => q.cardId),
  });
  return row!.created === 1;
}

// An answer (lib/quiz/answer.ts): one read of everything the decision needs — the user's
// session version, the attempt (owner, status, deadline), the quiz's per-question limit and
// the question in the attempt — then two conditional writes: the attempt must still be open
// (its row lock serialises with the close in lib/quiz/finalize.ts) and the question unanswered.
// SQLite runs read, decision and writes as one synchronous transaction; PostgreSQL runs the
// read, then both writes as one statement.
export interface AnswerRead {
  /** null when the user does not exist (any more). */
  user: { sessionVersion: number } | null;
  attempt: { id: string; userId: string; status: string; deadline: Date | null; submittedAt: Date | null; perQuestionSec: number | null; allowBack: boolean } | null;
  /** The question in this attempt; null when it is not one of the attempt's questions. */
  question: { question: unknown; shownAt: Date | null; answeredAt: Date | null } | null;
}

export interface AnswerWrite {
  /** A quiz that allows going back: the answer replaces an earlier one (the last answer counts). */
  replace?: boolean;
  answeredAt: Date;
  answer: unknown;
  score: number;
  timeMs: number;
}

const answerReadSql = (ts: (c: string) => string) => `
SELECT u."sessionVersion" AS "sessionVersion",
  a."id" AS "attemptId", a."userId" AS "attemptUserId", a."status" AS "status",
  ${ts(`a."deadline"`)} AS "deadline", ${ts(`a."submittedAt"`)} AS "submittedAt", z."perQuestionSec" AS "perQuestionSec", z."allowBack" AS "allowBack",
  aq."questionId" AS "questionId", aq."question" AS "question", ${ts(`aq."shownAt"`)} AS "shownAt", ${ts(`aq."answeredAt"`)} AS "answeredAt"
FROM (SELECT 1 AS "one") o
LEFT JOIN "User" u ON u."id" = {user}
LEFT JOIN "QuizAttempt" a ON a."id" = {attempt}
LEFT JOIN "Quiz" z ON z."id" = a."quizId"
LEFT JOIN "AttemptQuestion" aq ON aq."attemptId" = a."id" AND aq."questionId" = {question}`;
const ANSWER_READ = statement("quiz_answer_read", answerReadSql((c) => c), answerReadSql(pgTs));

interface AnswerReadRow {
  sessionVersion: number | null;
  attemptId: string | null;
  attemptUserId: string;
  status: string;
  deadline: string | Date | null;
  submittedAt: string | Date | null;
  perQuestionSec: number | null;
  allowBack: boolean | number | null;
  questionId: string | null;
  question: unknown;
  shownAt: string | Date | null;
  answeredAt: string | Date | null;
}

function toAnswerRead(row: AnswerReadRow | undefined): AnswerRead {
  return {
    user: row && row.sessionVersion !== null ? { sessionVersion: row.sessionVersion } : null,
    attempt:
      row && row.attemptId !== null
        ? { id: row.attemptId, userId: row.attemptUserId, status: row.status, deadline: asDate(row.deadline), submittedAt: asDate(row.submittedAt), perQuestionSec: row.perQuestionSec, allowBack: Boolean(row.allowBack) }
        : null,
    question: row && row.questionId !== null ? { question: parseJson(row.question), shownAt: asDate(row.shownAt), answeredAt: asDate(row.answeredAt) } : null,
  };
}

const SQLITE_KEEP_OPEN = statement("quiz_answer_open", `UPDATE "QuizAttempt" SET "status" = "status" WHERE "id" = {attempt} AND "status" = 'in_progress'`);
const SQLITE_SAVE_ANSWER_SQL = `
UPDATE "AttemptQuestion" SET "answeredAt" = {answeredAt}, "answer" = {answer}, "score" = {score}, "timeMs" = {timeMs}
WHERE "attemptId" = {attempt} AND "questionId" = {question} AND "answeredAt" IS NULL
  AND EXISTS (SELECT 1 FROM "QuizAttempt" WHERE "id" = {attempt} AND "status" = 'in_progress')`;
const SQLITE_SAVE_ANSWER = statement("quiz_answer_save", SQLITE_SAVE_ANSWER_SQL);
// PostgreSQL: one statement. The no-op update takes the attempt's row lock (the close in
// lib/quiz/finalize.ts takes it first too) and the answer is saved only if it found the attempt open.
const PG_SAVE_ANSWER_SQL = `
WITH open AS (
  UPDATE "QuizAttempt" SET "status" = "status" WHERE "id" = {attempt} AND "status" = 'in_progress' RETURNING 1
), saved AS (
  UPDATE "AttemptQuestion" SET "answeredAt" = {answeredAt}::timestamp(3), "answer" = {answer}::jsonb, "score" = {score}::float8, "timeMs" = {timeMs}::int
  WHERE "attemptId" = {attempt} AND "questionId" = {question} AND "answeredAt" IS NULL AND EXISTS (SELECT 1 FROM open)
  RETURNING 1
)
SELECT (SELECT count(*) FROM open)::int AS "open", (SELECT count(*) FROM saved)::int AS "saved"`;
const PG_SAVE_ANSWER = statement("quiz_answer_save", "", PG_SAVE_ANSWER_SQL);

// A quiz that allows going back: the same writes without "not answered yet" (the last answer counts).
const replacing = (sql: string) => sql.replace(` AND "answeredAt" IS NULL`, "");
const SQLITE_REPLACE_ANSWER = statement("quiz_answer_replace", replacing(SQLITE_SAVE_ANSWER_SQL));
const PG_REPLACE_ANSWER = statement("quiz_answer_replace", "", replacing(PG_SAVE_ANSWER_SQL));

/** What recordAnswer's writes found: the attempt still open, and the answer saved. */
export interface AnswerWritten {
  open: boolean;
  saved: boolean;
}

// Tests only (tests/integration/quiz-attempts.test.ts): work run between an answer's read and
// its writes, to show that the writes' own conditions refuse an answer whose attempt was closed
// meanwhile. On SQLite the read and the writes then run as two transactions (without the seam
// nothing can come between them there).
const interleavings = new WeakMap<object, () => Promise<void>>();

/** A client whose answers run `between` after their read and before their writes (tests). */
export function interleaveAnswers(db: Db, between: () => Promise<void>): Db {
  const client = db.$extends({}) as unknown as Db;
  interleavings.set(client, between);
  return client;
}

/**
 * Reads what an answer needs, lets `decide` refuse it (throw: nothing written) or return the
 * write (`write: null` writes nothing), and writes it under the conditions above. `decide` is
 * synchronous: on SQLite it runs inside the transaction.
 */
export async function recordAnswer<D extends { write: AnswerWrite | null }>(
  db: Db,
  ids: { userId: string; attemptId: string; questionId: string },
  decide: (read: AnswerRead) => D,
): Promise<{ decision: D } & AnswerWritten> {
  const d = await direct(db);
  const params = { user: ids.userId, attempt: ids.attemptId, question: ids.questionId };
  const writeParams = (w: AnswerWrite, time: (d: Date | null) => string | null) => ({
    attempt: ids.attemptId, question: ids.questionId, answeredAt: time(w.answeredAt), answer: JSON.stringify(w.answer), score: w.score, timeMs: w.timeMs,
  });
  const between = interleavings.get(db);
  if (d.provider === "sqlite") {
    const write = (tx: SqliteTx, w: AnswerWrite): AnswerWritten => {
      const p = writeParams(w, sqliteTime);
      const open = tx.run(SQLITE_KEEP_OPEN, p) > 0;
      return { open, saved: open && tx.run(w.replace ? SQLITE_REPLACE_ANSWER : SQLITE_SAVE_ANSWER, p) > 0 };
    };
    if (between) {
      const decision = await d.read((tx) => decide(toAnswerRead(tx.get<AnswerReadRow>(ANSWER_READ, params))));
      await between();
      const w = decision.write;
      return { decision, ...(w ? await d.transaction((tx) => write(tx, w)) : { open: false, saved: false }) };
    }
    return d.transaction((tx) => {
      const decision = decide(toAnswerRead(tx.get<AnswerReadRow>(ANSWER_READ, params)));
      return { decision, ...(decision.write ? write(tx, decision.write) : { open: false, saved: false }) };
    });
  }
  const decision = decide(toAnswerRead((await d.query<AnswerReadRow>(ANSWER_READ, params))[0]));
  if (!decision.write) return { decision, open: false, saved: false };
  await between?.();
  const [row] = await d.query<{ open: number; saved: number }>(decision.write.replace ? PG_REPLACE_ANSWER : PG_SAVE_ANSWER, writeParams(decision.write, pgTime));
  return { decision, open: row!.open > 0, saved: row!.saved > 0 };
}
