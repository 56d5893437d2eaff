// Instructor tools of issue 10: previewing and editing a quiz's questions before assigning,
// reviewing a document's facts in bulk, the card browser of a set, and swipe grading on a phone.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { E2E_INSTRUCTOR_CODE } from "../../playwright.config";
import { createQuizInForm, expectSignedIn, gotoReady, seedQuizSet, signUp, uniqueEmail } from "./helpers";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const SET_TITLE = `E2Eプレビュー用セット ${Date.now()}`;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

test.beforeAll(() => seedQuizSet(SET_TITLE));

/** No serious or critical WCAG 2.1 A/AA violation on the page as it is now (as a11y.spec.ts). */
async function expectAccessible(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  expect(serious, `${where}\n${serious.join("\n")}`).toEqual([]);
}

/** Screenshots of the page as it is now, on a desktop and on a phone. */
async function shoot(page: Page, name: string) {
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: `.tmp/screens/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: `.tmp/screens/${name}-phone.png`, fullPage: true });
  await page.setViewportSize(DESKTOP);
}

test("an instructor previews a quiz's questions, edits one (validated in Japanese), regenerates and drops one; others cannot", async ({ page, browser }) => {
  await signUp(page, { name: "プレビュー講師", email: uniqueEmail("preview-teacher"), instructorCode: E2E_INSTRUCTOR_CODE });
  await expectSignedIn(page, "プレビュー講師");
  await createQuizInForm(page, { title: "確認用クイズ", setTitle: SET_TITLE, count: 4 });
  await shoot(page, "quiz-page");

  await page.getByRole("link", { name: "問題を確認・編集" }).click();
  await page.locator("html[data-hydrated]").waitFor();
  const questions = page.getByTestId("preview-question");
  await expect(questions).toHaveCount(4);
  // Every question shows its options with the right one marked, and its source sentence.
  for (let i = 0; i < 4; i++) {
    await expect(questions.nth(i)).toContainText("（正解）");
    await expect(questions.nth(i)).toContainText("出典：");
  }
  await shoot(page, "quiz-preview");
  await expectAccessible(page, "quiz preview");

  // Edit question 1: a bad edit (two equal options) is refused in Japanese, nothing is sent.
  const first = questions.first();
  await page.getByRole("button", { name: "編集 問1" }).click();
  const form = page.getByTestId("question-form");
  const firstOption = await form.getByLabel("選択肢1", { exact: true }).inputValue();
  await form.getByLabel("選択肢2", { exact: true }).fill(firstOption);
  await form.getByRole("button", { name: "保存する" }).click();
  await expect(form.getByRole("alert")).toHaveText("同じ内容が重複しています。");
  await shoot(page, "quiz-edit-error");
  await expectAccessible(page, "quiz question form");
  await form.getByLabel("選択肢2", { exact: true }).fill("書き換えた選択肢");
  await form.getByLabel("問題文").fill("書き換えた問題文？");
  await form.getByRole("radio", { name: "選択肢2を正解にする" }).check();
  await form.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByTestId("preview-message")).toHaveText("保存しました。");
  await expect(first).toContainText("書き換えた問題文？");
  await expect(first).toContainText("編集済み");
  await expect(first.locator("li.font-bold")).toContainText("書き換えた選択肢");

  // Regenerate question 2 (confirmed in a dialog), then drop question 4.
  // The whole question (stem, options, source): two "which came first" questions share their stem.
  const secondBefore = await questions.nth(1).textContent();
  await page.getByRole("button", { name: "作り直す 問2" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "作り直す" }).click();
  await expect(page.getByTestId("preview-message")).toHaveText("問題を作り直しました。");
  await expect(questions.nth(1)).not.toHaveText(secondBefore!);
  await page.getByRole("button", { name: "削除 問4" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "削除" }).click();
  await expect(page.getByTestId("preview-message")).toHaveText("問題を削除しました。");
  await expect(questions).toHaveCount(3);

  // A learner is refused by the gate; another instructor finds no such quiz.
  const quizId = /\/quizzes\/([^/]+)\/questions/.exec(page.url())![1]!;
  const questionId = await page.evaluate(async (id) => {
    const res = await fetch(`/api/quizzes/${id}/questions`, { method: "POST" });
    return res.status;
  }, quizId);
  expect(questionId).toBe(409); // already fixed
  for (const [role, status] of [["learner", 403], ["instructor", 404]] as const) {
    const ctx = await browser.newContext();
    const other = await ctx.newPage();
    await signUp(other, { name: `他の${role}`, email: uniqueEmail(`preview-${role}`), instructorCode: role === "instructor" ? E2E_INSTRUCTOR_CODE : "" });
    await expect(other.getByTestId("signed-in-as")).toBeVisible();
    const res = await other.request.delete(`/api/quizzes/${quizId}/questions/anything`, { headers: { origin: `http://127.0.0.1:${PORT}` } });
    expect(res.status()).toBe(status);
    const pageRes = await other.goto(`/quizzes/${quizId}/questions`);
    if (role === "learner") await expect(other).toHaveURL(/\/forbidden$/);
    else expect(pageRes?.status()).toBe(404);
    await ctx.close();
  }
  await expect(questions).toHaveCount(3);
});

test("an instructor approves all pending facts of an upload in one action; the counts follow", async ({ page }) => {
  await signUp(page, { name: "一括講師", email: uniqueEmail("bulk-teacher"), instructorCode: E2E_INSTRUCTOR_CODE });
  await expectSignedIn(page, "一括講師");
  await gotoReady(page, "/documents/new");
  const text = [
    "米朝実務者協議（2019年10月5日）",
    "北朝鮮は2019年10月5日、ストックホルムで米国との実務者協議に臨んだ。",
    "北朝鮮の代表は米国が古い考えと態度にこだわっていると非難した。",
    "米国は北朝鮮に核兵器の引き渡しを要求した。",
    "韓国政府は2019年10月6日、対話の継続を強く求めた。",
  ].join("\n");
  await page.getByLabel("または本文を貼り付け").fill(text);
  await page.getByRole("button", { name: "取り込む" }).click();
  await expect(page.getByTestId("job-progress")).toHaveAttribute("data-status", "done", { timeout: 90_000 });
  await page.getByRole("link", { name: "資料を開く" }).click();
  await page.locator("html[data-hydrated]").waitFor();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("米朝実務者協議（2019年10月5日）");
  const items = page.getByTestId("fact-list").getByTestId("fact-item");
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId("pending-count")).toHaveText(`確認待ち ${count}件`);
  await expect(page.locator("header").getByTestId("pending-facts")).toHaveText(`確認待ちの事実 ${count}件`);

  // The documents list shows the same count, linking to the pending facts.
  await gotoReady(page, "/documents");
  const badge = page.getByTestId("document-list").getByTestId("pending-facts");
  await expect(badge).toHaveText(`確認待ちの事実 ${count}件`);
  await shoot(page, "documents-pending");
  await badge.click();
  await page.locator("html[data-hydrated]").waitFor();
  await expect(page.getByLabel("状態")).toHaveValue("pending");

  // Reject one by its checkbox, then select all pending and approve them at once.
  const bulk = page.getByTestId("bulk-review");
  await items.first().getByTestId("fact-select").check();
  await expect(bulk).toContainText("1件を選択中");
  await bulk.getByRole("button", { name: "選択した1件を却下" }).click();
  await expect(page.getByTestId("fact-panel")).toContainText("1件を却下しました");
  await expect(page.getByTestId("pending-count")).toHaveText(`確認待ち ${count - 1}件`);
  await bulk.getByRole("button", { name: `表示中の確認待ちをすべて選択（${count - 1}件）` }).click();
  await shoot(page, "reader-bulk-selected");
  await expectAccessible(page, "reader with bulk review");
  await bulk.getByRole("button", { name: `選択した${count - 1}件を承認` }).click();
  await expect(page.getByTestId("fact-panel")).toContainText(`${count - 1}件を承認しました`);
  await expect(page.getByTestId("pending-count")).toHaveText("確認待ち 0件");
  await expect(page.locator("header").getByTestId("pending-facts")).toHaveCount(0);
  await page.getByLabel("状態").selectOption("all");
  // The status shows in brackets ("却下" is also every item's button).
  await expect(items.filter({ hasText: "[承認済み" })).toHaveCount(count - 1);
  await expect(items.filter({ hasText: "[却下" })).toHaveCount(1);

  await gotoReady(page, "/documents");
  await expect(page.getByTestId("document-list").getByTestId("pending-facts")).toHaveCount(0);
  // A request naming a fact of no such document changes nothing.
  const res = await page.request.post("/api/documents/none/facts/review", {
    data: { action: "approve", factIds: ["x"] },
    headers: { origin: `http://127.0.0.1:${PORT}` },
  });
  expect(res.status()).toBe(404);
});

test("the card browser searches and filters a set's cards and pages through them", async ({ page }) => {
  await signUp(page, { name: "ブラウザ学習者", email: uniqueEmail("browser") });
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await gotoReady(page, "/sets");
  await page.getByTestId("set-list").getByRole("link", { name: new RegExp(SET_TITLE) }).first().click();
  await page.locator("html[data-hydrated]").waitFor();
  const list = page.getByTestId("card-list").locator(":scope > li");
  const pages = page.getByTestId("card-browser-pages").first();
  await expect(list).toHaveCount(30);
  await expect(pages).toContainText(/\d+枚中 1〜30枚目/);
  await shoot(page, "set-browser");
  await expectAccessible(page, "card browser");

  await pages.getByRole("link", { name: "次へ" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByTestId("card-browser-pages").first()).toContainText("31〜");

  // Text search (kana-insensitive) and the kind filter, kept in the URL.
  const filters = page.getByTestId("card-browser-filters");
  await filters.getByLabel("検索（表面・裏面・選択肢）").fill("しんがぽーる");
  await filters.getByRole("button", { name: "絞り込む" }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(list.first()).toBeVisible();
  const found = await list.count();
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(30);
  for (let i = 0; i < found; i++) await expect(list.nth(i)).toContainText("シンガポール");
  await shoot(page, "set-browser-search");

  // A new learner's cards are all new; none is due for review yet.
  await gotoReady(page, page.url().replace(/\?.*$/, "") + "?state=review");
  await expect(page.getByTestId("card-list")).toHaveCount(0);
  await expect(page.getByText("条件に合うカードはありません。")).toBeVisible();
  await page.getByTestId("card-browser-filters").getByLabel("学習状態").selectOption("new");
  await page.getByTestId("card-browser-filters").getByRole("button", { name: "絞り込む" }).click();
  await expect(list).toHaveCount(30);
});

/** Drags a finger across the element by (dx, dy) with pointer events, as a touch screen does. */
async function swipe(target: Locator, dx: number, dy: number) {
  const box = (await target.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 120);
  const base = { pointerId: 7, pointerType: "touch", isPrimary: true, bubbles: true };
  await target.dispatchEvent("pointerdown", { ...base, clientX: x, clientY: y });
  for (let step = 1; step <= 5; step++) {
    await target.dispatchEvent("pointermove", { ...base, clientX: x + (dx * step) / 5, clientY: y + (dy * step) / 5 });
  }
  await target.dispatchEvent("pointerup", { ...base, clientX: x + dx, clientY: y + dy });
}

test("on a phone, a swipe grades the revealed card (left again, right good); a vertical scroll does not", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signUp(page, { name: "スワイプ学習者", email: uniqueEmail("swipe") });
  // The phone header folds the account line into its menu: wait for the redirect instead.
  await page.waitForURL((url) => !url.pathname.startsWith("/signup"));
  await gotoReady(page, "/study");
  await page.getByTestId("study-sets").locator("li", { hasText: "2018年の年表" }).getByRole("link").first().click();
  await page.locator("html[data-hydrated]").waitFor();
  const card = page.getByTestId("study-card");
  const remaining = page.getByTestId("remaining");
  const before = await remaining.textContent();

  // Before the answer is shown a swipe does nothing.
  await swipe(card, -200, 0);
  await expect(page.getByTestId("card-back")).toHaveCount(0);
  await page.getByRole("button", { name: /答えを見る/ }).click();
  await expect(page.getByTestId("swipe-hint")).toBeVisible();
  await expect(page.getByTestId("swipe-hint")).toHaveText("カードを左にスワイプ：もう一度 ／ 右にスワイプ：正解");
  await page.screenshot({ path: ".tmp/screens/study-swipe-hint-phone.png", fullPage: true });

  // Mostly vertical: a scroll, not a grade.
  await swipe(card, 40, 220);
  await expect(page.getByTestId("card-back")).toBeVisible();
  await expect(remaining).toHaveText(before!);

  await swipe(card, 200, 10);
  await expect(page.getByTestId("study-status")).toContainText("正解");
  await page.getByRole("button", { name: /答えを見る/ }).click();
  await swipe(card, -200, -10);
  await expect(page.getByTestId("study-status")).toContainText("もう一度");
});
