// The quiz hot paths' statements (docs/decisions/0009-review-hot-path.md): a class starting a
// quiz at once, and every answer. Reading a set's cards, a learner's attempts at a quiz, storing
// a new attempt with its frozen questions in one transaction, and saving an answer under the
// conditions lib/quiz/answer.ts states.
import type { Db } from "./client";
import { direct, statement } from "./direct";

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

/**
 * Saves an answer in one transaction of two conditional writes: the attempt must still be open
 * (its row lock serialises with the close) and — unless `replace` — the question not answered yet.
 */
export async function saveAnswer(
  db: Db,
  a: { attemptId: string; questionId: string; answeredAt: Date; answer: unknown; score: number; timeMs: number; replace?: boolean },
): Promise<{ open: boolean; saved: boolean }> {
  const d = await direct(db);
  const params = { attempt: a.attemptId, question: a.questionId, answer: JSON.stringify(a.answer), score: a.score, timeMs: a.timeMs };
  if (d.provider === "sqlite") {
    const save = a.replace ? SQLITE_REPLACE_ANSWER : SQLITE_SAVE_ANSWER;
    return d.transaction((tx) => {
      const open = tx.run(SQLITE_KEEP_OPEN, params) > 0;
      const saved = open && tx.run(save, { ...params, answeredAt: sqliteTime(a.answeredAt) }) > 0;
      return { open, saved };
    });
  }
  const [row] = await d.query<{ open: number; saved: number }>(a.replace ? PG_REPLACE_ANSWER : PG_SAVE_ANSWER, { ...params, answeredAt: pgTime(a.answeredAt) });
  return { open: row!.open > 0, saved: row!.saved > 0 };
}
