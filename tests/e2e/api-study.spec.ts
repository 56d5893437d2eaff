// Issue 4 over real HTTP: the review, undo and queue routes refuse bad input and foreign access
// with a clear 4xx and write nothing (checked with follow-up requests, never the database).
import crypto from "node:crypto";
import { expect, test, type APIResponse, type Browser, type Page } from "@playwright/test";
import { expectSignedIn, signUp, uniqueEmail } from "./helpers";

test.describe.configure({ mode: "serial" });

interface QueueCard {
  id: string;
  state: { reps: number } | null;
}
interface Queue {
  queue: QueueCard[];
  later: QueueCard[];
}

async function newUser(browser: Browser, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, { name, email: uniqueEmail("api-study") });
  await expectSignedIn(page, name);
  return page;
}

const key = () => crypto.randomBytes(8).toString("hex");

async function expectError(res: APIResponse, status: number, code?: string) {
  expect(res.status(), await res.text()).toBe(status);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.message).toBeTruthy();
  if (code) expect(body.error.code).toBe(code);
  return body;
}

async function queueOf(page: Page, setId?: string): Promise<Queue> {
  const res = await page.request.get(setId ? `/api/study/queue?set=${setId}` : "/api/study/queue");
  expect(res.status()).toBe(200);
  return (await res.json()) as Queue;
}

/**
 * The user's own state of a card in a set's queue; null when never reviewed (or undone). A
 * reviewed card is in learning and always listed, so a card missing from the queue is unreviewed.
 */
async function stateOf(page: Page, setId: string, cardId: string) {
  const q = await queueOf(page, setId);
  return [...q.queue, ...q.later].find((c) => c.id === cardId)?.state ?? null;
}

let alice: Page;
let bob: Page;
let builtinSetId: string;
let cardIds: string[];
const card = (i: number): string => cardIds[i]!;
let privateCardId: string;
let privateSetId: string;

test.beforeAll(async ({ browser }, info) => {
  info.setTimeout(120_000);
  alice = await newUser(browser, "APIアリス");
  bob = await newUser(browser, "APIボブ");
  const sets = (await (await bob.request.get("/api/sets")).json()) as { sets: { id: string; builtin: boolean; cardCount: number }[] };
  builtinSetId = sets.sets.find((s) => s.builtin && s.cardCount >= 5)!.id;
  cardIds = (await queueOf(bob, builtinSetId)).queue.map((c) => c.id);
  expect(cardIds.length).toBeGreaterThanOrEqual(5);
  // Alice's private set with one custom card: nobody else may see or study it.
  const created = await alice.request.post("/api/sets", { data: { title: "アリスの非公開セット" } });
  expect(created.status()).toBe(201);
  privateSetId = ((await created.json()) as { id: string }).id;
  const card = await alice.request.post(`/api/sets/${privateSetId}/cards`, { data: { custom: { front: "非公開の問題", back: "非公開の答え" } } });
  expect(card.status()).toBe(201);
  privateCardId = ((await card.json()) as { id: string }).id;
});

test("signed out: reviews, undo and the queue are 401", async ({ request }) => {
  await expectError(await request.post("/api/reviews", { data: { cardId: card(0), rating: "good", idempotencyKey: key(), durationMs: 1000 } }), 401, "unauthenticated");
  await expectError(await request.post("/api/reviews/undo", { data: { reviewId: "anything" } }), 401, "unauthenticated");
  await expectError(await request.get(`/api/study/queue?set=${builtinSetId}`), 401, "unauthenticated");
  await expectError(await request.get("/api/study/queue"), 401, "unauthenticated");
});

test("bad review bodies: 415, 413, 400 for malformed JSON and forged fields; nothing recorded", async () => {
  const k = key();
  const good = { cardId: card(0), rating: "good", idempotencyKey: k, durationMs: 1200 };
  await expectError(await bob.request.post("/api/reviews", { headers: { "content-type": "text/plain" }, data: JSON.stringify(good) }), 415, "unsupported_media_type");
  await expectError(await bob.request.post("/api/reviews", { headers: { "content-type": "application/x-www-form-urlencoded" }, form: { cardId: card(0), rating: "good" } }), 415);
  // A form-safe type that merely mentions JSON in a parameter is not JSON (a cross-site form could send it).
  await expectError(await bob.request.post("/api/reviews", { headers: { "content-type": "text/plain; charset=application/json" }, data: JSON.stringify(good) }), 415);
  await expectError(await bob.request.post("/api/reviews", { data: { ...good, padding: "x".repeat(4096) } }), 413, "body_too_large");
  await expectError(await bob.request.post("/api/reviews", { headers: { "content-type": "application/json" }, data: Buffer.from('{"cardId": "') }), 400, "invalid_json");
  for (const forged of [
    { ...good, rating: "perfect" },
    { ...good, rating: 4 },
    { ...good, rating: "" },
    { ...good, durationMs: -5 },
    { ...good, durationMs: 1.5 },
    { ...good, durationMs: "1000" },
    { ...good, idempotencyKey: "short" },
    { ...good, idempotencyKey: "../../etc/passwd" },
    { ...good, cardId: "" },
    { ...good, cardId: "x".repeat(65) },
    { rating: "good", idempotencyKey: k, durationMs: 1 },
  ]) {
    await expectError(await bob.request.post("/api/reviews", { data: forged }), 400, "invalid_input");
  }
  await expectError(await bob.request.post("/api/reviews", { headers: { "content-type": "application/json" }, data: Buffer.from("null") }), 400);
  await expectError(await bob.request.post("/api/reviews", { headers: { "content-type": "application/json" }, data: Buffer.from("[]") }), 400);

  // Nothing was written: no card started, and the idempotency key is still unused.
  const started = await queueOf(bob);
  expect([...started.queue, ...started.later]).toEqual([]);
  expect(await stateOf(bob, builtinSetId, card(0))).toBeNull();
  const ok = await bob.request.post("/api/reviews", { data: good });
  expect(ok.status(), await ok.text()).toBe(201);
  expect((await stateOf(bob, builtinSetId, card(0)))?.reps).toBe(1);
});

test("a card the user cannot see (another learner's private set) is 404 and writes nothing", async () => {
  const k = key();
  await expectError(await bob.request.post("/api/reviews", { data: { cardId: privateCardId, rating: "easy", idempotencyKey: k, durationMs: 900 } }), 404, "card_not_found");
  await expectError(await bob.request.post("/api/reviews", { data: { cardId: "c_does_not_exist", rating: "easy", idempotencyKey: key(), durationMs: 900 } }), 404, "card_not_found");
  await expectError(await bob.request.get(`/api/study/queue?set=${privateSetId}`), 404, "set_not_found");
  // Bob's started cards never include it, and the refused request did not use up its key.
  const started = await queueOf(bob);
  expect([...started.queue, ...started.later].map((c) => c.id)).not.toContain(privateCardId);
  const reuse = await bob.request.post("/api/reviews", { data: { cardId: card(1), rating: "good", idempotencyKey: k, durationMs: 900 } });
  expect(reuse.status(), await reuse.text()).toBe(201);
  // Alice's own card is untouched by Bob's attempt.
  expect(await stateOf(alice, privateSetId, privateCardId)).toBeNull();
});

test("a replayed idempotency key is 409 replayed and the review counts once", async () => {
  const body = { cardId: card(2), rating: "good", idempotencyKey: key(), durationMs: 1500 };
  const first = await bob.request.post("/api/reviews", { data: body });
  expect(first.status(), await first.text()).toBe(201);
  const { reviewId } = (await first.json()) as { reviewId: string };
  const replay = await expectError(await bob.request.post("/api/reviews", { data: body }), 409, "replayed");
  expect((replay as { error: { fields?: { reviewId?: string } } }).error.fields?.reviewId).toBe(reviewId);
  // The same key with another rating or card is the same request replayed, not a new review.
  await expectError(await bob.request.post("/api/reviews", { data: { ...body, rating: "again" } }), 409, "replayed");
  await expectError(await bob.request.post("/api/reviews", { data: { ...body, cardId: card(3) } }), 409, "replayed");
  expect((await stateOf(bob, builtinSetId, card(2)))?.reps).toBe(1);
  expect(await stateOf(bob, builtinSetId, card(3))).toBeNull();
  // Another user may use the same key: keys are per user.
  const other = await alice.request.post("/api/reviews", { data: body });
  expect(other.status(), await other.text()).toBe(201);
});

test("undo: another user's review is refused and stays; bad bodies are 4xx; a second undo is 409", async () => {
  const res = await alice.request.post("/api/reviews", { data: { cardId: card(4), rating: "hard", idempotencyKey: key(), durationMs: 700 } });
  expect(res.status()).toBe(201);
  const { reviewId } = (await res.json()) as { reviewId: string };
  await expectError(await bob.request.post("/api/reviews/undo", { data: { reviewId } }), 404, "review_not_found");
  await expectError(await bob.request.post("/api/reviews/undo", { headers: { "content-type": "text/plain" }, data: JSON.stringify({ reviewId }) }), 415);
  await expectError(await bob.request.post("/api/reviews/undo", { data: { reviewId: "x".repeat(2048) } }), 413);
  await expectError(await bob.request.post("/api/reviews/undo", { data: { reviewId: 42 } }), 400, "invalid_input");
  await expectError(await bob.request.post("/api/reviews/undo", { headers: { "content-type": "application/json" }, data: Buffer.from("{") }), 400, "invalid_json");
  expect((await stateOf(alice, builtinSetId, card(4)))?.reps).toBe(1);

  const undone = await alice.request.post("/api/reviews/undo", { data: { reviewId } });
  expect(undone.status(), await undone.text()).toBe(200);
  expect(await stateOf(alice, builtinSetId, card(4))).toBeNull();
  await expectError(await alice.request.post("/api/reviews/undo", { data: { reviewId } }), 409, "already_undone");
});
