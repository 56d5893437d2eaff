import { expect, test } from "@playwright/test";
import { gotoReady } from "./helpers";

test("the home page lists both sample documents and a document opens", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("原典を読み、要点を覚える");
  const list = page.getByTestId("document-list");
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list).toContainText("内外情勢の回顧と展望");
  await expect(list).toContainText("行き詰まりを見せる米朝非核化交渉、その背景は?");
  await page.screenshot({ path: ".tmp/screens/home.png", fullPage: true });

  await list.getByRole("link", { name: /行き詰まりを見せる米朝非核化交渉/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("行き詰まりを見せる米朝非核化交渉");
  await expect(page.getByTestId("document-text")).toContainText("ストックホルム");
  await page.screenshot({ path: ".tmp/screens/document.png", fullPage: true });
});

test("an unknown document is a 404 page", async ({ page }) => {
  const res = await page.goto("/documents/no-such-document");
  expect(res?.status()).toBe(404);
  await expect(page.getByText("この資料は見つかりません。")).toBeVisible();
});

test("English can be chosen and is remembered", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("言語").selectOption("en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Read the source, remember what matters");
  await page.goto("/documents");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Documents");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/timeline");
  await expect(page.getByText("12 Jun 2018").first()).toBeVisible();
  await gotoReady(page, "/documents");
  await page.getByLabel("Language").selectOption("ja");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("資料一覧");
});

test("the skip link and main navigation are keyboard reachable", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "本文へ移動" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("the app icon is served from public/", async ({ request }) => {
  const res = await request.get("/favicon.svg");
  expect(res.status()).toBe(200);
  expect(await res.text()).toContain("<svg");
});
