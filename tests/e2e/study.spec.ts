import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

test("studies a built-in set by keyboard: reveal, grade, undo, with the source sentence and its link", async ({ page }) => {
  await signUp(page, { name: "Study Learner", email: uniqueEmail("study") });
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await page.goto("/study");
  const set = page.getByTestId("study-sets").locator("li", { hasText: "2018年の年表" });
  await set.getByRole("link").click();
  const session = page.getByTestId("study-session");
  await expect(session.getByTestId("card-front")).toBeVisible();
  const remaining = await page.getByTestId("remaining").innerText();
  const front = await page.getByTestId("card-front").innerText();

  await page.keyboard.press("Space");
  await expect(page.getByTestId("card-back")).toBeVisible();
  const source = page.getByTestId("card-source");
  await expect(source).toBeVisible();
  await expect(source.getByRole("link")).toHaveAttribute("href", /^\/documents\/[a-z0-9-]+#fact-\w+$/);
  await expect(page.getByRole("button", { name: /正解/ })).toBeVisible();
  await page.screenshot({ path: ".tmp/screens/study-revealed.png", fullPage: true });

  await page.keyboard.press("3");
  await expect(page.getByTestId("study-status")).toContainText("正解");
  await expect(page.getByTestId("card-back")).toHaveCount(0);

  await page.keyboard.press("z");
  await expect(page.getByTestId("study-status")).toContainText("取り消しました");
  await expect(page.getByTestId("card-front")).toHaveText(front);
  await expect(page.getByTestId("remaining")).toHaveText(remaining);

  // Grade again with Again (1): the card stays in today's learning queue.
  await page.keyboard.press("Space");
  await page.keyboard.press("1");
  await expect(page.getByTestId("study-status")).toContainText("もう一度");

  await page.goto("/dashboard");
  await expect(page.getByTestId("dashboard-totals")).toContainText("1");
  await page.screenshot({ path: ".tmp/screens/dashboard.png", fullPage: true });

  await page.goto("/timeline");
  await expect(page.getByTestId("timeline-entry").first()).toBeVisible();
  // One entry per event: no two entries share a date and a headline; no ISO dates anywhere.
  const entries = await page.getByTestId("timeline-entry").evaluateAll((els) =>
    els.map((el) => `${el.querySelector("p")?.textContent}|${el.querySelector("[data-testid=timeline-headline]")?.textContent}`),
  );
  expect(entries.length).toBeGreaterThan(5);
  expect(new Set(entries).size).toBe(entries.length);
  expect(await page.getByTestId("timeline").innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  await page.getByLabel(/関係国・機関で絞り込む/).selectOption("ロシア");
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(page).toHaveURL(/actor=/);
  await expect(page.getByTestId("timeline-entry").first()).toContainText("ロシア");
  await page.screenshot({ path: ".tmp/screens/timeline.png", fullPage: true });

  await page.goto("/positions");
  const matrix = page.getByTestId("positions-matrix");
  await expect(matrix.getByRole("columnheader", { name: "非核化" })).toBeVisible();
  await expect(matrix.getByRole("rowheader", { name: "北朝鮮" })).toBeVisible();
  // Cells show short summaries; the full statement opens on demand.
  const summaries = await matrix.getByTestId("position-summary").allInnerTexts();
  expect(summaries.length).toBeGreaterThan(3);
  for (const text of summaries) expect([...text.trim()].length).toBeLessThanOrEqual(40);
  const first = matrix.getByTestId("position-cell-fact").first();
  await first.getByTestId("position-summary").click();
  await expect(first.getByRole("link", { name: "資料で読む" })).toBeVisible();
  await page.screenshot({ path: ".tmp/screens/positions.png", fullPage: true });

  // The learner may have siblings (cards of one fact) on the same day; off by default.
  await page.goto("/settings");
  const siblings = page.getByLabel("兄弟カードを同じ日に出す");
  await expect(siblings).not.toBeChecked();
  await siblings.check();
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status").filter({ hasText: "保存しました。" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("兄弟カードを同じ日に出す")).toBeChecked();

  await page.setViewportSize({ width: 390, height: 844 });
  // On a phone the matrix scrolls inside its region with the side column kept in view; the page itself does not.
  await page.goto("/positions");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expect(page.getByTestId("positions-matrix").getByRole("rowheader", { name: "北朝鮮" })).toHaveCSS("position", "sticky");
  await page.screenshot({ path: ".tmp/screens/positions-phone.png", fullPage: true });
  await page.goto("/timeline");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.goto("/study");
  await page.getByTestId("study-sets").locator("li", { hasText: "米朝共同声明" }).getByRole("link").click();
  await page.getByRole("button", { name: /答えを見る/ }).click();
  await expect(page.getByTestId("card-source")).toBeVisible();
  await page.screenshot({ path: ".tmp/screens/study-phone.png", fullPage: true });
});
