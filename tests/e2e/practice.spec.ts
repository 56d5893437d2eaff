import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { E2E_INSTRUCTOR_CODE } from "../../playwright.config";
import { utcToZonedWallTime } from "@/lib/dates/zoned";
import { createQuizInForm, expectSignedIn, gotoReady, seedQuizSet, signUp, uniqueEmail } from "./helpers";

// A learner's practice quiz (Quizlet's Test mode) with the question navigator: made from a set,
// a question flagged, skipped and gone back to, an answer changed, submitted with the right
// answers and sources shown — and nowhere in the learner's class gradebook.

const SET_TITLE = `E2E練習用セット ${Date.now()}`;

test.beforeAll(() => seedQuizSet(SET_TITLE));

async function screens(page: Page, name: string, fullPage = true) {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `.tmp/screens/${name}-phone.png`, fullPage });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `.tmp/screens/${name}-desktop.png`, fullPage });
}

async function expectNoSeriousAxeViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`);
  expect(serious, where).toEqual([]);
}

const navButton = (page: Page, n: number) => page.getByTestId("question-navigator").getByRole("button", { name: new RegExp(`^問題${n}:`) });

test("a learner makes a practice quiz, flags a question, goes back, submits and sees sourced results; the class gradebook never sees it", async ({ browser }) => {
  test.slow();
  const teacherPage = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signUp(teacherPage, { name: "練習E2E講師", email: uniqueEmail("practice-teacher"), instructorCode: E2E_INSTRUCTOR_CODE });
  await expectSignedIn(teacherPage, "練習E2E講師");

  // The instructor's class quiz, assigned: the gradebook's column.
  const setValue = await createQuizInForm(teacherPage, { title: "練習E2E小テスト", setTitle: SET_TITLE, count: 3, allKinds: true });
  await gotoReady(teacherPage, "/quizzes");
  await expect(teacherPage.getByRole("link", { name: "練習クイズを作る・記録を見る" })).toHaveAttribute("href", "/quizzes/practice");
  await screens(teacherPage, "quizzes-instructor");
  await gotoReady(teacherPage, "/classes");
  await teacherPage.getByLabel("クラス名").fill("練習E2E組");
  await teacherPage.getByRole("button", { name: "クラスを作成" }).click();
  await expect(teacherPage.getByRole("heading", { name: "練習E2E組" })).toBeVisible();
  const code = (await teacherPage.getByTestId("join-code").textContent())!.trim();
  const classUrl = teacherPage.url();
  await teacherPage.locator("html[data-hydrated]").waitFor();
  await teacherPage.getByLabel("課題名").fill("練習E2E課題");
  await teacherPage.getByLabel("開始日時").fill(utcToZonedWallTime(new Date(Date.now() - 3_600_000), "Asia/Tokyo"));
  await teacherPage.getByLabel("締切日時").fill(utcToZonedWallTime(new Date(Date.now() + 86_400_000), "Asia/Tokyo"));
  await teacherPage.getByRole("button", { name: "課題を追加" }).click();
  await expect(teacherPage.getByTestId("class-assignments")).toContainText("練習E2E課題");

  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signUp(page, { name: "練習E2E学習者", email: uniqueEmail("practice-learner") });
  await expectSignedIn(page, "練習E2E学習者");
  await page.goto(`/join/${code.toLowerCase()}`);
  await page.getByRole("button", { name: "参加する" }).click();
  await expect(page.getByRole("heading", { name: "練習E2E組" })).toBeVisible();

  // The set page leads to the practice form with the set chosen.
  await gotoReady(page, "/sets");
  await page.getByRole("link", { name: SET_TITLE }).click();
  await expect(page.getByRole("link", { name: "練習クイズ" })).toBeVisible();
  await screens(page, "set-page", false);
  await page.getByRole("link", { name: "練習クイズ" }).click();
  await expect(page.getByRole("heading", { name: "練習クイズ", level: 1 })).toBeVisible();
  await page.locator("html[data-hydrated]").waitFor();
  await expect(page.getByLabel("カードセット")).toHaveValue(setValue!);
  await page.getByLabel("問題数").fill("3");
  await page.getByLabel("並べ替え").uncheck();
  await page.getByLabel("記述（入力）").uncheck();
  await screens(page, "practice-form");
  await page.getByRole("button", { name: "練習を始める" }).click();

  // The attempt: a navigator of three questions, none answered.
  await expect(page.getByRole("heading", { name: /^練習 · / })).toBeVisible();
  await expect(page.getByTestId("quiz-progress")).toHaveText("3問中1問目");
  await expect(page.getByTestId("question-navigator").getByRole("button")).toHaveCount(3);
  await expect(navButton(page, 1)).toHaveAttribute("aria-current", "step");
  const firstPrompt = await page.getByTestId("question-prompt").textContent();
  await page.getByRole("radio").first().check();
  const firstChoice = await page.getByRole("radio").first().inputValue();
  await page.getByRole("button", { name: "解答して次へ" }).click();

  // Question 2: flagged and skipped.
  await expect(page.getByTestId("quiz-progress")).toHaveText("3問中2問目");
  await expect(navButton(page, 1)).toHaveAttribute("data-answered", "true");
  await page.getByRole("button", { name: "フラグを付ける" }).click();
  await expect(page.getByTestId("flag-toggle")).toHaveAttribute("aria-pressed", "true");
  await expect(navButton(page, 2)).toHaveAccessibleName(/フラグ付き/);
  await page.getByRole("button", { name: "次の問題" }).click();

  // Question 3: answered; after the last one the first unanswered (the flagged one) comes back.
  await expect(page.getByTestId("quiz-progress")).toHaveText("3問中3問目");
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "解答して次へ" }).click();
  await expect(page.getByTestId("quiz-progress")).toHaveText("3問中2問目");
  await screens(page, "practice-navigator");
  await expectNoSeriousAxeViolations(page, "attempt page with navigator");

  // Going back to question 1 from the keyboard: the saved answer is shown, and is changed.
  await navButton(page, 1).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("quiz-progress")).toHaveText("3問中1問目");
  await expect(page.getByTestId("question-prompt")).toHaveText(firstPrompt!);
  await expect(page.getByRole("radio", { checked: true })).toHaveValue(firstChoice);
  await page.getByRole("radio").nth(1).check();
  const changedChoice = await page.getByRole("radio").nth(1).inputValue();
  await page.getByRole("button", { name: "解答を変更" }).click();
  await expect(page.getByTestId("quiz-progress")).toHaveText("3問中2問目");

  // A reload loses neither the answers nor the flag.
  await page.reload();
  await page.locator("html[data-hydrated]").waitFor();
  await expect(navButton(page, 1)).toHaveAttribute("data-answered", "true");
  await expect(navButton(page, 3)).toHaveAttribute("data-answered", "true");
  await expect(navButton(page, 2)).toHaveAttribute("data-flagged", "true");
  await navButton(page, 1).click();
  await expect(page.getByRole("radio", { checked: true })).toHaveValue(changedChoice);

  // Submitting asks first: one unanswered, one flagged.
  await page.getByRole("button", { name: "提出する" }).click();
  await expect(page.getByTestId("unanswered-count")).toContainText("未解答の問題が1問");
  await expect(page.getByTestId("unanswered-count")).toContainText("フラグ付きの問題が1問");
  await page.getByRole("alertdialog").getByRole("button", { name: "提出する" }).click();

  // Results with the right answers and their sources.
  await expect(page.getByTestId("score")).toContainText("/ 3");
  await expect(page.getByTestId("result-questions").locator("li").filter({ hasText: "未解答" })).toHaveCount(1);
  await expect(page.getByTestId("source-quote")).toHaveCount(3);
  await expect(page.getByRole("link", { name: "原文で見る" }).first()).toHaveAttribute("href", /^\/documents\//);
  const resultsUrl = page.url();
  const attemptId = /attempts\/([^/]+)\/results/.exec(resultsUrl)![1]!;
  await screens(page, "practice-results");

  // In the learner's own practice history.
  await page.getByRole("link", { name: "練習クイズの一覧へ" }).click();
  await expect(page.getByTestId("practice-history")).toContainText(SET_TITLE);
  await expect(page.getByTestId("practice-history").locator(`a[href="/quizzes/attempts/${attemptId}/results"]`)).toHaveCount(1);
  await screens(page, "practice-history");

  // Not in the class: the gradebook shows the learner with the assignment not started, and
  // links no attempt of theirs.
  await gotoReady(teacherPage, `${classUrl}/gradebook`);
  const row = teacherPage.getByTestId("gradebook").locator("tr", { hasText: "練習E2E学習者" });
  await expect(row).toContainText("未着手");
  await expect(teacherPage.locator(`a[href*="${attemptId}"]`)).toHaveCount(0);
  await row.getByRole("link", { name: "練習E2E学習者" }).click();
  await expect(teacherPage.getByRole("heading", { name: /練習E2E学習者/ })).toBeVisible();
  await expect(teacherPage.locator(`a[href*="${attemptId}"]`)).toHaveCount(0);
  // And its results are not the instructor's to read.
  expect((await teacherPage.request.get(`/api/attempts/${attemptId}/results`)).status()).toBe(404);
});

async function expectError(res: APIResponse, status: number, code: string) {
  expect(res.status(), `${res.url()}: ${await res.text()}`).toBe(status);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
}

test("the practice API refuses bad input, foreign sets and other people, and nothing is made", async ({ browser, request }) => {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, { name: "練習API学習者", email: uniqueEmail("practice-api") });
  await expectSignedIn(page, "練習API学習者");
  await gotoReady(page, "/quizzes");
  await expect(page.getByRole("heading", { name: "練習クイズ" })).toBeVisible();
  await screens(page, "quizzes-learner");
  const setId = await page.getByLabel("カードセット").locator("option", { hasText: SET_TITLE }).getAttribute("value");
  const good = { setId, questionCount: 2, kinds: ["multiple_choice"] };

  await expectError(await request.post("/api/practice-quizzes", { data: good }), 401, "unauthenticated");
  for (const bad of [{ ...good, questionCount: 0 }, { ...good, kinds: [] }, { ...good, timeLimitSec: 1 }, { ...good, attemptsAllowed: 5 }, { ...good, ownerId: "x" }]) {
    await expectError(await page.request.post("/api/practice-quizzes", { data: bad }), 400, "invalid_input");
  }
  await expectError(await page.request.post("/api/practice-quizzes", { data: { ...good, setId: "no-such-set" } }), 404, "set_not_found");
  await gotoReady(page, "/quizzes/practice");
  await expect(page.getByText("まだ練習クイズはありません。")).toBeVisible();

  const made = await page.request.post("/api/practice-quizzes", { data: good });
  expect(made.status()).toBe(201);
  const { attemptId } = (await made.json()) as { attemptId: string };
  await expectError(await page.request.get(`/api/attempts/${attemptId}?position=abc`), 400, "invalid_input");
  await expectError(await page.request.get(`/api/attempts/${attemptId}?deadline=2099-01-01`), 400, "invalid_input");
  const second = (await (await page.request.get(`/api/attempts/${attemptId}?position=1`)).json()) as { position: number; navigation: string };
  expect(second).toMatchObject({ position: 1, navigation: "free" });

  const other = await (await browser.newContext()).newPage();
  await signUp(other, { name: "練習API他人", email: uniqueEmail("practice-api-other") });
  await expectSignedIn(other, "練習API他人");
  await expectError(await other.request.get(`/api/attempts/${attemptId}`), 404, "attempt_not_found");
  await expectError(await other.request.post(`/api/attempts/${attemptId}/submit`), 404, "attempt_not_found");
});
