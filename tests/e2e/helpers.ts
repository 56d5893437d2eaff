import crypto from "node:crypto";
import { expect, type Page } from "@playwright/test";

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
