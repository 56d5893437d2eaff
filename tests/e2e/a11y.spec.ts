import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { E2E_INSTRUCTOR_CODE } from "../../playwright.config";
import { gotoReady, signUp, uniqueEmail } from "./helpers";

// Automated accessibility checks (axe-core, WCAG 2.1 A/AA) on every main page: no serious or
// critical violation. Complements the keyboard and screen-reader-oriented checks elsewhere.
async function expectAccessible(page: Page, path: string) {
  await gotoReady(page, path);
  await expectAccessibleHere(page, path);
}

async function expectAccessibleHere(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  expect(serious, `${where}\n${serious.join("\n")}`).toEqual([]);
}

test("public pages pass automated accessibility checks", async ({ page }) => {
  // Eight pages, among them the long reader, the timeline and the positions matrix with a
  // disclosure per position: each axe pass takes seconds on a busy machine.
  test.slow();
  for (const path of ["/", "/documents", "/documents/naigai-2018-north-korea", "/signin", "/signup", "/sets", "/timeline", "/positions"]) {
    await expectAccessible(page, path);
  }
});

test("a learner's pages pass automated accessibility checks", async ({ page }) => {
  await signUp(page, { name: "A11y Learner", email: uniqueEmail("a11y") });
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  for (const path of ["/dashboard", "/quizzes", "/classes", "/settings", "/assignments", "/study"]) {
    await expectAccessible(page, path);
  }
  // A study session, question side and answer side.
  await page.getByTestId("study-sets").locator("li", { hasText: "2018年の年表" }).getByRole("link").click();
  await expect(page.getByTestId("card-front")).toBeVisible();
  await expectAccessibleHere(page, "study session (front)");
  await page.keyboard.press("Space");
  await expect(page.getByTestId("card-back")).toBeVisible();
  await expectAccessibleHere(page, "study session (back)");
});

test("an instructor's pages pass automated accessibility checks", async ({ page }) => {
  await signUp(page, { name: "A11y Teacher", email: uniqueEmail("a11y-t"), instructorCode: E2E_INSTRUCTOR_CODE });
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  for (const path of ["/documents/new", "/documents/naigai-2018-north-korea", "/quizzes", "/classes"]) {
    await expectAccessible(page, path);
  }
});

test("a class, its assignment page and the delete dialog pass automated accessibility checks", async ({ page }) => {
  await signUp(page, { name: "A11y Class Teacher", email: uniqueEmail("a11y-c"), instructorCode: E2E_INSTRUCTOR_CODE });
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await gotoReady(page, "/classes");
  await page.getByLabel("クラス名").fill("A11y 組");
  await page.getByRole("button", { name: "クラスを作成" }).click();
  await expect(page.getByRole("heading", { name: "A11y 組" })).toBeVisible();
  await page.locator("html[data-hydrated]").waitFor();
  await page.getByLabel("課題名").fill("A11y 課題");
  await page.getByLabel("目標の復習回数").fill("5");
  await page.getByLabel("開始日時").fill("2026-01-01T09:00");
  await page.getByLabel("締切日時").fill("2099-01-01T09:00");
  await page.getByLabel("締切後の提出を受け付ける").check();
  await page.getByLabel("遅れての提出の期限").fill("2099-01-02T09:00");
  await expectAccessibleHere(page, "class page");
  await page.getByRole("button", { name: "課題を追加" }).click();
  await page.getByTestId("class-assignments").getByRole("link", { name: "A11y 課題" }).click();
  await expect(page.getByRole("heading", { name: "A11y 課題" })).toBeVisible();
  await page.locator("html[data-hydrated]").waitFor();
  await expectAccessibleHere(page, "assignment page (instructor)");
  await page.getByRole("button", { name: "課題を削除" }).click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await expectAccessibleHere(page, "delete dialog");
});

