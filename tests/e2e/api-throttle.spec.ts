// Issue 11.5 over real HTTP: per-account limits on join codes and uploads answer 429 with
// Retry-After (and other accounts are unaffected); the same-origin check compares with the
// configured public URL, not with the Host or an unvouched X-Forwarded-Host.
import { expect, test, type Page } from "@playwright/test";
import { E2E_INSTRUCTOR_CODE } from "../../playwright.config";
import { expectSignedIn, signUp, uniqueEmail } from "./helpers";

test.describe.configure({ mode: "serial" });

const PORT = Number(process.env.E2E_PORT ?? 3210);

async function newUser(page: Page, name: string, instructor = false) {
  await signUp(page, { name, email: uniqueEmail("throttle"), instructorCode: instructor ? E2E_INSTRUCTOR_CODE : "" });
  await expectSignedIn(page, name);
}

test("join codes: ten guesses per account per 15 minutes, then 429 with Retry-After", async ({ browser }) => {
  const guesser = await (await browser.newContext()).newPage();
  await newUser(guesser, "推測者");
  for (let i = 0; i < 10; i++) {
    const res = await guesser.request.post("/api/classes/join", { data: { code: `WRONG${i}XX` } });
    expect(res.status()).toBe(404);
  }
  const limited = await guesser.request.post("/api/classes/join", { data: { code: "WRONG99X" } });
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect(((await limited.json()) as { error: { code: string } }).error.code).toBe("too_many_requests");
  const other = await (await browser.newContext()).newPage();
  await newUser(other, "別の学習者");
  expect((await other.request.post("/api/classes/join", { data: { code: "WRONG00X" } })).status(), "another account is not limited").toBe(404);
});

test("uploads: thirty per account per hour, then 429", async ({ browser }) => {
  const teacher = await (await browser.newContext()).newPage();
  await newUser(teacher, "大量投稿", true);
  for (let i = 0; i < 30; i++) {
    const res = await teacher.request.post("/api/documents", { multipart: { text: "" } });
    expect(res.status(), await res.text()).toBe(400);
  }
  const limited = await teacher.request.post("/api/documents", { multipart: { text: "本文" } });
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
});

test("writes are same-origin with the configured public URL only", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await newUser(page, "同一オリジン");
  const body = { title: "オリジン確認" };
  const ours = await page.request.post("/api/sets", { data: body, headers: { origin: `http://127.0.0.1:${PORT}` } });
  expect(ours.status()).toBe(201);
  const foreign: Record<string, string>[] = [
    { origin: `http://localhost:${PORT}` },
    { origin: "http://evil.test", host: "evil.test" },
    { origin: "http://evil.test", "x-forwarded-host": "evil.test", "x-forwarded-proto": "http" },
  ];
  for (const headers of foreign) {
    const res = await page.request.post("/api/sets", { data: body, headers });
    expect(res.status(), JSON.stringify(headers)).toBe(403);
  }
  const sets = (await (await page.request.get("/api/sets")).json()) as { sets: { title: string }[] };
  expect(sets.sets.filter((s) => s.title === "オリジン確認")).toHaveLength(1);
});
