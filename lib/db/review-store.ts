// The review hot path's statements (docs/decisions/0009-review-hot-path.md): one read that
// joins the user's settings and session version, the card's visibility, the user's state of
// the card and an earlier use of the idempotency key; then the state and log writes, each
// carrying its own condition. SQLite runs read, decision and writes as one synchronous
// transaction; PostgreSQL runs the read, then both writes as one statement (one transaction),
// which fails as a whole when either condition fails.
//
// The visibility condition is lib/sets/visibility.ts's visibleCardWhere written in SQL;
// tests/integration/reviews.test.ts checks that both agree.
import type { Db } from "./client";
import { direct, statement } from "./direct";

export interface StoredCardState {
  state: string;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
}

/** What the one read returns. `user` is null when the user does not exist (any more). */
export interface ReviewRead {
  /** `fsrsParameters`: the user's FSRS weights as stored (JSON text), null for the defaults. */
  user: { desiredRetention: number; fsrsParameters: string | null; sessionVersion: number } | null;
  cardVisible: boolean;
  state: StoredCardState | null;
  /** The review already recorded under this idempotency key, if any. */
  replay: { reviewId: string; cardId: string } | null;
}

export interface ReviewWrite {
  /** The state to store; it replaces `read.state` only if that is still the stored one. */
  state: StoredCardState;
  log: {
    id: string;
    rating: string;
    reviewedAt: Date;
    durationMs: number;
    stateBefore: string;
    previous: unknown;
    scheduledDays: number;
    due: Date;
  };
}

export type ReviewOutcome =
  | { kind: "recorded"; reviewId: string }
  | { kind: "replayed"; reviewId: string; cardId: string }
  /** The state moved since it was read (another tab), and the key is not recorded. */
  | { kind: "conflict" };

// Visibility of card {card} to user {user}: lib/sets/visibility.ts visibleCardWhere.
const VISIBLE = `EXISTS (SELECT 1 FROM "Card" c WHERE c."id" = {card} AND c."retired" = false AND EXISTS (
    SELECT 1 FROM "SetCard" sc JOIN "CardSet" s ON s."id" = sc."setId"
    WHERE sc."cardId" = c."id" AND (
      s."builtin" = true OR s."ownerId" = {user} OR s."visibility" = 'public'
      OR (s."ownerId" IS NOT NULL
        AND EXISTS (SELECT 1 FROM "Class" k JOIN "Enrollment" e ON e."classId" = k."id"
                    WHERE k."ownerId" = s."ownerId" AND e."userId" = {user} AND e."removedAt" IS NULL)
        AND EXISTS (SELECT 1 FROM "Assignment" a JOIN "Enrollment" e ON e."classId" = a."classId"
                    WHERE a."setId" = s."id" AND e."userId" = {user} AND e."removedAt" IS NULL)))))`;

const readSql = (ts: (column: string) => string) => `
SELECT u."desiredRetention" AS "desiredRetention", u."fsrsParameters" AS "fsrsParameters", u."sessionVersion" AS "sessionVersion",
  ${VISIBLE} AS "visible",
  st."state" AS "state", ${ts(`st."due"`)} AS "due", st."stability" AS "stability", st."difficulty" AS "difficulty",
  st."elapsedDays" AS "elapsedDays", st."scheduledDays" AS "scheduledDays", st."learningSteps" AS "learningSteps",
  st."reps" AS "reps", st."lapses" AS "lapses", ${ts(`st."lastReview"`)} AS "lastReview",
  r."id" AS "replayId", r."cardId" AS "replayCardId"
FROM "User" u
LEFT JOIN "CardState" st ON st."userId" = u."id" AND st."cardId" = {card}
LEFT JOIN "ReviewLog" r ON r."userId" = u."id" AND r."idempotencyKey" = {key}
WHERE u."id" = {user}`;

const READ = statement("review_read", readSql((c) => c), readSql((c) => `(${c} AT TIME ZONE 'UTC')`));

const STATE_COLUMNS = `"state", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "lastReview", "updatedAt"`;
const LOG_COLUMNS = `"id", "userId", "cardId", "idempotencyKey", "rating", "reviewedAt", "durationMs", "stateBefore", "previous", "scheduledDays", "due"`;

// SQLite: plain statements inside the synchronous transaction.
const SQLITE_UPDATE_STATE = statement("review_update_state", `
UPDATE "CardState" SET "state" = {state}, "due" = {due}, "stability" = {stability}, "difficulty" = {difficulty},
  "elapsedDays" = {elapsedDays}, "scheduledDays" = {scheduledDays}, "learningSteps" = {learningSteps}, "reps" = {reps},
  "lapses" = {lapses}, "lastReview" = {lastReview}, "updatedAt" = {now}
WHERE "userId" = {user} AND "cardId" = {card} AND "reps" = {expectedReps}`);
const SQLITE_INSERT_STATE = statement("review_insert_state", `
INSERT INTO "CardState" ("userId", "cardId", ${STATE_COLUMNS})
VALUES ({user}, {card}, {state}, {due}, {stability}, {difficulty}, {elapsedDays}, {scheduledDays}, {learningSteps}, {reps}, {lapses}, {lastReview}, {now})
ON CONFLICT ("userId", "cardId") DO NOTHING`);
const SQLITE_INSERT_LOG = statement("review_insert_log", `
INSERT INTO "ReviewLog" (${LOG_COLUMNS})
VALUES ({id}, {user}, {card}, {key}, {rating}, {reviewedAt}, {durationMs}, {stateBefore}, {previous}, {logScheduledDays}, {logDue})
ON CONFLICT ("userId", "idempotencyKey") DO NOTHING`);

// PostgreSQL: the state write and the log insert in one statement. The log row is inserted
// only if the state moved; if the state moved but the log row could not be inserted (the key
// was just recorded by a concurrent request), the final division by zero fails the statement,
// so neither write stays.
const pgWrite = (name: string, stateWrite: string) =>
  statement(name, "", `
WITH moved AS (${stateWrite} RETURNING 1),
logged AS (
  INSERT INTO "ReviewLog" (${LOG_COLUMNS})
  SELECT {id}, {user}, {card}, {key}, {rating}, {reviewedAt}::timestamp(3), {durationMs}::int, {stateBefore}, {previous}::jsonb,
         {logScheduledDays}::int, {logDue}::timestamp(3)
  FROM moved
  ON CONFLICT ("userId", "idempotencyKey") DO NOTHING
  RETURNING "id"
)
SELECT (SELECT count(*) FROM moved)::int AS "moved",
       (SELECT count(*) FROM logged)::int / CASE WHEN (SELECT count(*) FROM moved) = (SELECT count(*) FROM logged) THEN 1 ELSE 0 END AS "logged"`);
const PG_STATE_VALUES = `{state}, {due}::timestamp(3), {stability}::float8, {difficulty}::float8, {elapsedDays}::int, {scheduledDays}::int,
  {learningSteps}::int, {reps}::int, {lapses}::int, {lastReview}::timestamp(3), {now}::timestamp(3)`;
const PG_UPDATE = pgWrite("review_write_update", `
  UPDATE "CardState" SET (${STATE_COLUMNS}) = ROW(${PG_STATE_VALUES})
  WHERE "userId" = {user} AND "cardId" = {card} AND "reps" = {expectedReps}::int`);
const PG_INSERT = pgWrite("review_write_insert", `
  INSERT INTO "CardState" ("userId", "cardId", ${STATE_COLUMNS}) VALUES ({user}, {card}, ${PG_STATE_VALUES})
  ON CONFLICT ("userId", "cardId") DO NOTHING`);
const FIND_LOG = statement("review_find_log", `SELECT "id", "cardId" FROM "ReviewLog" WHERE "userId" = {user} AND "idempotencyKey" = {key}`);

/** The read's one row: the user's settings, the card's visibility and its stored state as the driver returns it. */
interface ReadRow extends Omit<StoredCardState, "state" | "due" | "lastReview"> {
  desiredRetention: number;
  fsrsParameters: string | null;
  sessionVersion: number;
  visible: number | boolean;
  state: string | null;
  due: string | Date | null;
  lastReview: string | Date | null;
  replayId: string | null;
  replayCardId: string | null;
}

const asDate = (v: string | Date) => (v instanceof Date ? v : new Date(v));

function toRead(row: ReadRow | undefined): ReviewRead {
  if (!row) return { user: null, cardVisible: false, state: null, replay: null };
  return {
    user: { desiredRetention: row.desiredRetention, fsrsParameters: row.fsrsParameters, sessionVersion: row.sessionVersion },
    cardVisible: row.visible === true || row.visible === 1,
    state:
      row.state === null || row.due === null
        ? null
        : {
            state: row.state, due: asDate(row.due), stability: row.stability, difficulty: row.difficulty,
            elapsedDays: row.elapsedDays, scheduledDays: row.scheduledDays, learningSteps: row.learningSteps,
            reps: row.reps, lapses: row.lapses, lastReview: row.lastReview === null ? null : asDate(row.lastReview),
          },
    replay: row.replayId ? { reviewId: row.replayId, cardId: row.replayCardId! } : null,
  };
}

/** SQLite stores DateTime as Prisma does: ISO 8601 with an explicit offset. */
const sqliteTime = (d: Date | null) => (d ? d.toISOString().replace("Z", "+00:00") : null);
const pgTime = (d: Date | null) => (d ? d.toISOString() : null);

function writeParams(userId: string, cardId: string, key: string, before: StoredCardState | null, w: ReviewWrite, time: (d: Date | null) => string | null, now: Date) {
  const s = w.state;
  return {
    user: userId, card: cardId, key, expectedReps: before?.reps ?? null,
    state: s.state, due: time(s.due), stability: s.stability, difficulty: s.difficulty, elapsedDays: s.elapsedDays,
    scheduledDays: s.scheduledDays, learningSteps: s.learningSteps, reps: s.reps, lapses: s.lapses,
    lastReview: time(s.lastReview), now: time(now),
    id: w.log.id, rating: w.log.rating, reviewedAt: time(w.log.reviewedAt), durationMs: w.log.durationMs,
    stateBefore: w.log.stateBefore, previous: w.log.previous === null || w.log.previous === undefined ? null : JSON.stringify(w.log.previous),
    logScheduledDays: w.log.scheduledDays, logDue: time(w.log.due),
  };
}

class Rollback {
  constructor(readonly outcome: ReviewOutcome) {}
}

/**
 * Reads, lets `decide` compute the write (or throw, which writes nothing), and writes it
 * under the conditions above. `decide` is synchronous: on SQLite it runs inside the
 * transaction.
 */
export async function recordReview(
  db: Db,
  ids: { userId: string; cardId: string; idempotencyKey: string },
  decide: (read: ReviewRead) => ReviewWrite | { kind: "replayed"; reviewId: string; cardId: string },
  now: Date,
): Promise<ReviewOutcome> {
  const d = await direct(db);
  const params = { user: ids.userId, card: ids.cardId, key: ids.idempotencyKey };
  if (d.provider === "sqlite") {
    try {
      return await d.transaction((tx): ReviewOutcome => {
        const read = toRead(tx.get<ReadRow>(READ, params));
        const w = decide(read);
        if ("kind" in w) return w;
        const p = writeParams(ids.userId, ids.cardId, ids.idempotencyKey, read.state, w, sqliteTime, now);
        const moved = read.state ? tx.run(SQLITE_UPDATE_STATE, p) : tx.run(SQLITE_INSERT_STATE, p);
        if (moved === 0) throw new Rollback({ kind: "conflict" });
        if (tx.run(SQLITE_INSERT_LOG, p) === 0) {
          const log = tx.get<{ id: string; cardId: string }>(FIND_LOG, params)!;
          throw new Rollback({ kind: "replayed", reviewId: log.id, cardId: log.cardId });
        }
        return { kind: "recorded", reviewId: w.log.id };
      });
    } catch (error) {
      if (error instanceof Rollback) return error.outcome;
      throw error;
    }
  }
  const read = toRead((await d.query<ReadRow>(READ, params))[0]);
  const w = decide(read);
  if ("kind" in w) return w;
  const p = writeParams(ids.userId, ids.cardId, ids.idempotencyKey, read.state, w, pgTime, now);
  let logged = false;
  try {
    const [row] = await d.query<{ moved: number; logged: number }>(read.state ? PG_UPDATE : PG_INSERT, p);
    logged = row!.logged === 1;
  } catch (error) {
    // 22012: the division by zero above — the key was recorded concurrently.
    if ((error as { code?: string }).code !== "22012") throw error;
  }
  if (logged) return { kind: "recorded", reviewId: w.log.id };
  const [log] = await d.query<{ id: string; cardId: string }>(FIND_LOG, params);
  return log ? { kind: "replayed", reviewId: log.id, cardId: log.cardId } : { kind: "conflict" };
}
