import crypto from "node:crypto";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { createDb } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/provider";
import { seedSetFromStoredFacts } from "@/lib/quiz/test-support";

export const PASSWORD = "a sturdy passphrase";

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${crypto.randomBytes(4).toString("hex")}@example.com`;
}

/** Navigates and waits until React has hydrated the page, so typing and clicks reach it. */
export async function gotoReady(page: Page, url: string) {
  const res = await page.goto(url);
  await page.locator("html[data-hydrated]").waitFor();
  return res;
}

export async function signUp(page: Page, { name, email, password = PASSWORD, instructorCode = "" }: { name: string; email: string; password?: string; instructorCode?: string }) {
  await gotoReady(page, "/signup");
  await page.getByLabel(/表示名|Display name/).fill(name);
  await page.getByLabel(/メールアドレス|Email/).fill(email);
  await page.getByLabel(/^パスワード$|^Password$/).fill(password);
  if (instructorCode) await page.getByLabel(/講師コード|Instructor code/).fill(instructorCode);
  await page.getByRole("button", { name: /登録する|Create account/ }).click();
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await gotoReady(page, "/signin");
  await page.getByLabel(/メールアドレス|Email/).fill(email);
  await page.getByLabel(/^パスワード$|^Password$/).fill(password);
  await page.getByRole("button", { name: /^ログイン$|^Sign in$/ }).click();
}

export async function expectSignedIn(page: Page, name: string) {
  await expect(page.getByTestId("signed-in-as")).toContainText(name);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: /ログアウト|Sign out/ }).click();
  await expect(page.getByRole("link", { name: /^ログイン$|^Sign in$/ })).toBeVisible();
}

/** The form's message (Next.js keeps an empty route announcer with role=alert too). */
export function formAlert(page: Page) {
  return page.locator("main").getByRole("alert");
}

/**
 * A public set of generated cards in the e2e server's SQLite database, for specs that make quizzes
 * (the built-in sets are filled by the cards work and may be small).
 */
export async function seedQuizSet(title: string): Promise<void> {
  const port = Number(process.env.E2E_PORT ?? 3210);
  const db = createDb(parseDatabaseUrl(`file:${path.resolve(`.tmp/e2e-data-${port}/app.db`)}`));
  try {
    await seedSetFromStoredFacts(db, { title, ownerId: null, limit: 60 });
  } finally {
    await db.$disconnect();
  }
}

/** Makes a quiz through the instructor's form on /quizzes (multiple choice only unless `allKinds`); returns the set's option value. */
export async function createQuizInForm(page: Page, { title, setTitle, count, allKinds = false }: { title: string; setTitle: string; count: number; allKinds?: boolean }): Promise<string> {
  await gotoReady(page, "/quizzes");
  await page.getByLabel("タイトル").fill(title);
  const setValue = await page.getByLabel("カードセット").locator("option", { hasText: setTitle }).getAttribute("value");
  await page.getByLabel("カードセット").selectOption(setValue!);
  await page.getByLabel("問題数").fill(String(count));
  if (!allKinds) {
    await page.getByRole("checkbox", { name: "並べ替え" }).uncheck();
    await page.getByRole("checkbox", { name: "記述（入力）" }).uncheck();
  }
  await page.getByRole("button", { name: "クイズを作成" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  return setValue!;
}
