// Issue 11.2 over real HTTP: signing out, a password change, a role change and deleting the
// account end every existing session at once; an old token is then a 401 (never a 500) on the
// API and a sign-in redirect on pages.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { expectSignedIn, gotoReady, PASSWORD, signIn, signOut, signUp, uniqueEmail } from "./helpers";

test.describe.configure({ mode: "serial" });

const PORT = Number(process.env.E2E_PORT ?? 3210);

async function newUser(browser: Browser, name: string): Promise<{ context: BrowserContext; page: Page; email: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail("sessions");
  await signUp(page, { name, email });
  await expectSignedIn(page, name);
  return { context, page, email };
}

/** Another browser holding a copy of the same session cookie (a second device, or a stolen token). */
async function copyOf(browser: Browser, context: BrowserContext): Promise<Page> {
  return (await browser.newContext({ storageState: await context.storageState() })).newPage();
}

async function expectSignedOutEverywhere(page: Page) {
  for (const [method, url, data] of [
    ["GET", "/api/sets", undefined],
    ["GET", "/api/assignments", undefined],
    ["PUT", "/api/settings", { desiredRetention: 0.9, newPerDay: 20, reviewsPerDay: 200, timeZone: "Asia/Tokyo" }],
    ["POST", "/api/reviews", { cardId: "any-card", rating: "good", idempotencyKey: "stale-token-1", durationMs: 1 }],
  ] as const) {
    const res = await page.request.fetch(url, { method, data });
    expect(res.status(), `${method} ${url}: ${await res.text()}`).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
  }
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);
}

test("signing out ends the session everywhere, not just in this browser", async ({ browser }) => {
  const { context, page } = await newUser(browser, "退出");
  const copy = await copyOf(browser, context);
  expect((await copy.request.get("/api/sets")).status()).toBe(200);
  await signOut(page);
  await expectSignedOutEverywhere(copy);
});

test("a password change ends every session, this one included", async ({ browser }) => {
  const { context, page, email } = await newUser(browser, "変更");
  const copy = await copyOf(browser, context);
  const wrong = await page.request.put("/api/users/me/password", { data: { currentPassword: "not my password", newPassword: "a brand new password" } });
  expect(wrong.status()).toBe(400);
  expect((await copy.request.get("/api/sets")).status()).toBe(200);
  const res = await page.request.put("/api/users/me/password", { data: { currentPassword: PASSWORD, newPassword: "a brand new password" } });
  expect(res.status(), await res.text()).toBe(204);
  await expectSignedOutEverywhere(copy);
  await expectSignedOutEverywhere(page);
  await signIn(page, email, "a brand new password");
  await expectSignedIn(page, "変更");
});

test("a role change ends the sessions that carried the old role", async ({ browser }) => {
  const { context, page, email } = await newUser(browser, "昇格");
  const copy = await copyOf(browser, context);
  expect((await copy.request.post("/api/classes", { data: { name: "まだ受講者" } })).status()).toBe(403);
  const dataDir = path.resolve(`.tmp/e2e-data-${PORT}`);
  execFileSync("npx", ["tsx", "scripts/set-role.ts", email, "instructor"], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, "app.db")}` },
    stdio: "pipe",
  });
  await expectSignedOutEverywhere(copy);
  await signIn(page, email);
  await expectSignedIn(page, "昇格");
  expect((await page.request.post("/api/classes", { data: { name: "講師になった" } })).status()).toBe(201);
});

test("deleting the account (settings, confirmed in a dialog) leaves old tokens a 401, never a 500", async ({ browser }) => {
  const { context, page } = await newUser(browser, "削除");
  const copy = await copyOf(browser, context);
  await gotoReady(page, "/settings");
  await page.getByLabel(/アカウント削除のためのパスワード|Password to delete the account/).fill(PASSWORD);
  await page.getByRole("button", { name: /アカウントを削除|Delete account/ }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: /^削除する$|^Delete$/ }).click();
  await expect(page.getByRole("link", { name: /^ログイン$|^Sign in$/ })).toBeVisible();
  await expectSignedOutEverywhere(copy);
  const home = await copy.request.get("/");
  expect(home.status()).toBe(200);
});
