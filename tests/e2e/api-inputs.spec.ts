// Issue 11.3 over real HTTP: every API route with its worst input. Impossible dates, control
// characters, NUL and bidi overrides, oversized or malformed ids and bodies are a 4xx with a JSON
// error — never a 500 and never stored (checked with follow-up reads where something could be).
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { E2E_INSTRUCTOR_CODE } from "../../playwright.config";
import { expectSignedIn, signUp, uniqueEmail } from "./helpers";

test.describe.configure({ mode: "serial" });

const LONG_ID = "x".repeat(300);
const BIDI = "\u202Eevil.exe";
const NUL = "A\u0000B";
const IMPOSSIBLE = ["2027-02-30T00:00:00Z", "2026-13-45T00:00:00Z", "+275761-01-01T00:00:00Z"];

let learner: Page;
let instructor: Page;

async function expectError(res: APIResponse, status: number, field?: string) {
  const text = await res.text();
  expect(res.status(), `${res.url()}: ${text}`).toBe(status);
  const body = JSON.parse(text) as { error: { code: string; message: string; fields?: Record<string, string[]> } };
  expect(body.error.message).toBeTruthy();
  if (field) expect(Object.keys(body.error.fields ?? {}), text).toContain(field);
}

test.beforeAll(async ({ browser }) => {
  learner = await (await browser.newContext()).newPage();
  await signUp(learner, { name: "入力 学習者", email: uniqueEmail("inputs-l") });
  await expectSignedIn(learner, "入力 学習者");
  instructor = await (await browser.newContext()).newPage();
  await signUp(instructor, { name: "入力 講師", email: uniqueEmail("inputs-i"), instructorCode: E2E_INSTRUCTOR_CODE });
  await expectSignedIn(instructor, "入力 講師");
});

test("sign-up refuses control characters, NUL and bidi overrides in the name, and stores nothing", async ({ request }) => {
  for (const name of [BIDI, NUL, "tab\tname", "\u2066isolate\u2069", "x\u0085y"]) {
    const email = uniqueEmail("inputs-bad");
    await expectError(await request.post("/api/users", { data: { name, email, password: "a sturdy passphrase" } }), 400, "name");
    const again = await request.post("/api/users", { data: { name: "Plain", email, password: "a sturdy passphrase" } });
    expect(again.status(), "the refused sign-up created no account").toBe(201);
  }
  const nfc = await request.post("/api/users", { data: { name: "Cafe\u0301", email: uniqueEmail("inputs-nfc"), password: "a sturdy passphrase" } });
  expect(((await nfc.json()) as { user: { name: string } }).user.name).toBe("Café");
});

test("account routes: oversized and missing bodies", async () => {
  await expectError(await learner.request.put("/api/users/me/password", { data: { currentPassword: "x", newPassword: "y".repeat(5000) } }), 413);
  await expectError(await learner.request.delete("/api/users/me", { data: {} }), 400, "password");
  expect((await learner.request.get("/api/sets")).status(), "the account is still there").toBe(200);
});

test("classes and assignments: bad names, impossible dates, foreign and oversized ids", async () => {
  await expectError(await instructor.request.post("/api/classes", { data: { name: NUL } }), 400, "name");
  await expectError(await instructor.request.post("/api/classes", { data: { name: BIDI } }), 400, "name");
  const created = await instructor.request.post("/api/classes", { data: { name: "入力テスト組" } });
  expect(created.status()).toBe(201);
  const cls = ((await created.json()) as { class: { id: string; joinCode: string } }).class;
  for (const dueAt of IMPOSSIBLE) {
    await expectError(await instructor.request.post(`/api/classes/${cls.id}/assignments`, {
      data: { title: "課題", kind: "study", setId: "any", targetReviews: 5, opensAt: "2026-04-01T00:00:00Z", dueAt },
    }), 400, "dueAt");
  }
  await expectError(await instructor.request.post(`/api/classes/${cls.id}/assignments`, {
    data: { title: "\u202E題", kind: "study", setId: "any", targetReviews: 5, opensAt: "2026-04-01T00:00:00Z", dueAt: "2026-06-01T00:00:00Z" },
  }), 400, "title");
  const book = await instructor.request.get(`/api/classes/${cls.id}/gradebook`);
  expect(((await book.json()) as { assignments: unknown[] }).assignments, "no assignment was stored").toEqual([]);
  await expectError(await instructor.request.get(`/api/classes/${LONG_ID}/roster`), 404);
  await expectError(await instructor.request.get(`/api/classes/${LONG_ID}/gradebook?format=csv`), 404);
  await expectError(await instructor.request.delete(`/api/classes/${cls.id}/learners/${LONG_ID}`), 404);
  await expectError(await instructor.request.get(`/api/assignments/${LONG_ID}/items`), 404);
  await expectError(await learner.request.post("/api/classes/join", { data: { code: "\u0000".repeat(40) } }), 400);
  await expectError(await learner.request.post("/api/classes/join", { data: { code: cls.joinCode, extra: 1 } }), 400);
  expect((await learner.request.get("/api/assignments")).status()).toBe(200);
});

test("quizzes and attempts: bidi titles, wrong types, oversized answers, unknown ids", async () => {
  await expectError(await instructor.request.post("/api/quizzes", { data: { title: BIDI, setId: "any", questionCount: 3, kinds: ["typed"] } }), 400, "title");
  await expectError(await learner.request.post("/api/quizzes/any/attempts", { data: { assignmentId: 1 } }), 400);
  await expectError(await learner.request.post(`/api/quizzes/${LONG_ID}/attempts`, { data: {} }), 404);
  await expectError(await learner.request.get(`/api/attempts/${LONG_ID}`), 404);
  await expectError(await learner.request.post("/api/attempts/unknown/answers", { data: { questionId: "q", answer: Array(51).fill("a") } }), 400);
  await expectError(await learner.request.post("/api/attempts/unknown/submit"), 404);
  await expectError(await learner.request.get("/api/attempts/unknown/results"), 404);
});

test("documents and facts: impossible document and fact dates, NUL in titles", async () => {
  for (const publishedAt of ["2027-02-30", "2026-13-45", "+275761"]) {
    await expectError(await instructor.request.post("/api/documents", { multipart: { text: "2018年6月12日、米朝首脳会談が開かれた。", publishedAt } }), 400, "publishedAt");
  }
  await expectError(await instructor.request.post("/api/documents", { multipart: { text: "本文", title: NUL } }), 400, "title");
  await expectError(await instructor.request.post("/api/documents", { multipart: { text: "本文", publisher: BIDI } }), 400, "publisher");
  const docs = await instructor.request.get("/documents");
  expect(await docs.text(), "nothing was stored").not.toContain("米朝首脳会談が開かれた");
  const fact = { kind: "event", statement: "会談", dateValue: "2026-13-45", datePrecision: "day", actors: [], speaker: null, name: null, items: [], topics: [] };
  await expectError(await instructor.request.post("/api/documents/any/facts", { data: { start: 0, end: 2, fields: fact } }), 400);
  await expectError(await instructor.request.patch("/api/facts/any", { data: { action: "edit", fields: { ...fact, dateValue: "2027-02-30" } } }), 400);
  await expectError(await instructor.request.post(`/api/documents/${LONG_ID}/extract`), 404);
});

test("study: out-of-range numbers, unknown ratings, oversized ids", async () => {
  await expectError(await learner.request.post("/api/reviews", { data: { cardId: "c", rating: "perfect", idempotencyKey: "inputs-12345", durationMs: 1 } }), 400);
  await expectError(await learner.request.post("/api/reviews", { data: { cardId: "c", rating: "good", idempotencyKey: "inputs-12345", durationMs: 1e20 } }), 400);
  await expectError(await learner.request.post("/api/reviews/undo", { data: { reviewId: LONG_ID } }), 400);
  await expectError(await learner.request.get("/api/study/queue?set=unknown"), 404);
  await expectError(await learner.request.put("/api/settings", { data: { desiredRetention: 0.9, newPerDay: 20, reviewsPerDay: 200, timeZone: "Mars/Olympus" } }), 400);
});

test("sets: control characters in titles and card text, bad formats, empty imports", async () => {
  await expectError(await learner.request.post("/api/sets", { data: { title: NUL } }), 400, "title");
  await expectError(await learner.request.post("/api/sets", { data: { title: "ok", description: "a\u202Eb" } }), 400, "description");
  const created = await learner.request.post("/api/sets", { data: { title: "入力セット" } });
  const { id } = (await created.json()) as { id: string };
  await expectError(await learner.request.patch(`/api/sets/${id}`, { data: { title: BIDI } }), 400, "title");
  await expectError(await learner.request.post(`/api/sets/${id}/cards`, { data: { custom: { front: "\u2066x", back: "y" } } }), 400);
  await expectError(await learner.request.post(`/api/sets/${id}/copy`, { data: { shareCode: "s".repeat(65) } }), 400);
  await expectError(await learner.request.get(`/api/sets/${id}/export?format=xlsx`), 400);
  await expectError(await learner.request.post(`/api/sets/${id}/import`, { data: { text: "" } }), 400);
  await expectError(await learner.request.delete(`/api/sets/${LONG_ID}`), 404);
  const sets = (await (await learner.request.get("/api/sets")).json()) as { sets: { id: string; title: string }[] };
  expect(sets.sets.find((s) => s.id === id)?.title, "the refused edit changed nothing").toBe("入力セット");
});

test("next-auth and health answer without a session", async ({ request }) => {
  expect((await request.get("/api/health")).status()).toBe(200);
  const session = await request.get("/api/auth/session", { headers: { cookie: "next-auth.session-token=garbage" } });
  expect(session.status()).toBe(200);
  expect(await session.json()).toEqual({});
});

test("exports: a card that looks like a spreadsheet formula is exported as text in every format", async () => {
  const created = await learner.request.post("/api/sets", { data: { title: "数式セット" } });
  const { id } = (await created.json()) as { id: string };
  const card = await learner.request.post(`/api/sets/${id}/cards`, { data: { custom: { front: '=HYPERLINK("http://evil.example","開く")', back: "+1+1" } } });
  expect(card.status(), await card.text()).toBe(201);
  for (const format of ["anki", "quizlet", "csv"]) {
    const res = await learner.request.get(`/api/sets/${id}/export?format=${format}`);
    expect(res.status()).toBe(200);
    const text = await res.text();
    expect(text, format).toContain("'=HYPERLINK(");
    expect(text, format).toContain("'+1+1");
    const cells = text.split(/\r?\n/).filter((l) => !l.startsWith("#")).flatMap((l) => l.split(format === "csv" ? "," : "\t"));
    expect(cells.filter((c) => /^"?[=+\-@]/.test(c)), format).toEqual([]);
  }
});
