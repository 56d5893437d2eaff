import { expect, test, type Page } from "@playwright/test";
import { E2E_INSTRUCTOR_CODE } from "../../playwright.config";
import { utcToZonedWallTime } from "@/lib/dates/zoned";
import { expectSignedIn, seedQuizSet, signUp, uniqueEmail } from "./helpers";

const SET_TITLE = `E2Eクイズ用セット ${Date.now()}`;

test.beforeAll(() => seedQuizSet(SET_TITLE));

/** A datetime-local value in Japan time: the form reads its fields in the user's zone (Asia/Tokyo by default). */
function localInput(d: Date): string {
  return utcToZonedWallTime(d, "Asia/Tokyo");
}

function secondsLeft(text: string): number {
  const m = /(\d+):(\d\d)/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
}

async function answerCurrent(page: Page) {
  const radios = page.getByRole("radio");
  const typed = page.getByLabel("あなたの解答");
  if ((await radios.count()) > 0) await radios.first().check();
  else if (await typed.isVisible().catch(() => false)) await typed.fill("ぴょんやん");
  await page.getByRole("button", { name: "解答する" }).click();
}

test("instructor sets a timed quiz to a class; a learner takes it across a reload and sees sourced results", async ({ browser }) => {
  const teacherPage = await (await browser.newContext()).newPage();
  await signUp(teacherPage, { name: "講師E2E", email: uniqueEmail("quiz-teacher"), instructorCode: E2E_INSTRUCTOR_CODE });
  await expectSignedIn(teacherPage, "講師E2E");

  // A quiz from the set: 4 questions, 10 minutes, one attempt.
  await teacherPage.goto("/quizzes");
  await teacherPage.getByLabel("タイトル").fill("第1回小テスト");
  const setValue = await teacherPage.getByLabel("カードセット").locator("option", { hasText: SET_TITLE }).getAttribute("value");
  await teacherPage.getByLabel("カードセット").selectOption(setValue!);
  await teacherPage.getByLabel("問題数").fill("4");
  await teacherPage.getByLabel(/制限時間（全体/).fill("10");
  await teacherPage.getByRole("button", { name: "クイズを作成" }).click();
  await expect(teacherPage.getByRole("heading", { name: "第1回小テスト" })).toBeVisible();

  // A class, its join code, and the quiz assigned to it.
  await teacherPage.goto("/classes");
  await teacherPage.getByLabel("クラス名").fill("E2E 2年A組");
  await teacherPage.getByRole("button", { name: "クラスを作成" }).click();
  await expect(teacherPage.getByRole("heading", { name: "E2E 2年A組" })).toBeVisible();
  const code = (await teacherPage.getByTestId("join-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{8}$/);
  const classUrl = teacherPage.url();
  await teacherPage.getByLabel("課題名").fill("小テスト課題");
  await teacherPage.getByLabel("開始日時").fill(localInput(new Date(Date.now() - 3_600_000)));
  await teacherPage.getByLabel("締切日時").fill(localInput(new Date(Date.now() + 86_400_000)));
  await teacherPage.getByRole("button", { name: "課題を追加" }).click();
  await expect(teacherPage.getByRole("status")).toHaveText("課題を追加しました。");
  await expect(teacherPage.getByTestId("class-assignments")).toContainText("小テスト課題");

  // The learner joins by link and finds the assignment.
  const page = await (await browser.newContext()).newPage();
  await signUp(page, { name: "学習者E2E", email: uniqueEmail("quiz-learner") });
  await expectSignedIn(page, "学習者E2E");
  await page.goto(`/join/${code.toLowerCase()}`);
  await page.getByRole("button", { name: "参加する" }).click();
  await expect(page.getByRole("heading", { name: "E2E 2年A組" })).toBeVisible();
  await page.goto("/assignments");
  await expect(page.getByTestId("assignment-status")).toHaveText("未着手");
  await page.getByRole("link", { name: "小テスト課題" }).click();
  await page.getByRole("button", { name: "クイズを受ける" }).click();

  await expect(page.getByTestId("quiz-progress")).toHaveText("4問中1問目");
  const before = secondsLeft((await page.getByTestId("time-left").textContent()) ?? "");
  expect(before).toBeGreaterThan(0);
  expect(before).toBeLessThanOrEqual(600);
  await answerCurrent(page);
  await expect(page.getByTestId("quiz-progress")).toHaveText("4問中2問目");
  await page.screenshot({ path: ".tmp/screens/quiz-taking.png", fullPage: true });

  // Reload: the same attempt, the answer kept, the clock not reset.
  await page.reload();
  await expect(page.getByTestId("quiz-progress")).toHaveText("4問中2問目");
  const after = secondsLeft((await page.getByTestId("time-left").textContent()) ?? "");
  expect(after).toBeLessThanOrEqual(before);
  await answerCurrent(page);
  await expect(page.getByTestId("quiz-progress")).toHaveText("4問中3問目");
  await answerCurrent(page);
  await expect(page.getByTestId("quiz-progress")).toHaveText("4問中4問目");
  await answerCurrent(page);
  await expect(page.getByTestId("quiz-progress")).toHaveText("すべての問題に解答しました。");
  await page.getByRole("button", { name: "提出する" }).click();
  // Submitting asks first; with everything answered it says so.
  await expect(page.getByTestId("unanswered-count")).toContainText("すべての問題に解答しました");
  await page.getByRole("alertdialog").getByRole("button", { name: "提出する" }).click();

  await expect(page.getByTestId("score")).toContainText("/ 4");
  await expect(page.getByTestId("source-quote").first()).not.toBeEmpty();
  // Every question with options lists them on the results, the right one marked in words.
  const withOptions = page.getByTestId("result-questions").locator("li", { has: page.getByTestId("result-options") });
  expect(await withOptions.count()).toBeGreaterThan(0);
  for (const q of await withOptions.all()) {
    await expect(q.getByTestId("result-options").locator("li").nth(1)).toBeVisible();
    if (await q.getByTestId("right-order").count()) continue;
    await expect(q.getByTestId("result-options")).toContainText("（正解）");
  }
  await expect(page.getByRole("link", { name: "原文で見る" }).first()).toHaveAttribute("href", /^\/documents\/[^#]+#fact-/);
  await page.screenshot({ path: ".tmp/screens/quiz-results.png", fullPage: true });

  // One attempt allowed: a second start is refused.
  const again = await page.request.post(`/api/quizzes/${"x"}/attempts`, { data: {} });
  expect(again.status()).toBe(404);
  await page.goto("/assignments");
  await expect(page.getByTestId("assignment-status")).toHaveText("完了");

  // The instructor's gradebook, CSV and item analysis.
  await teacherPage.goto(`${classUrl}/gradebook`);
  await expect(teacherPage.getByTestId("gradebook")).toContainText("学習者E2E");
  await expect(teacherPage.getByTestId("gradebook")).toContainText("完了");
  const csvHref = await teacherPage.getByRole("link", { name: "CSVで書き出す" }).getAttribute("href");
  const csv = await teacherPage.request.get(csvHref!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("学習者E2E");
  await teacherPage.screenshot({ path: ".tmp/screens/gradebook.png", fullPage: true });
  await teacherPage.getByRole("link", { name: "小テスト課題" }).click();
  await teacherPage.getByRole("link", { name: "問題分析" }).click();
  await expect(teacherPage.getByTestId("item-analysis")).toBeVisible();
  await expect(teacherPage.getByTestId("item-options").first()).toContainText(/選択肢|正しい順/);
  await teacherPage.screenshot({ path: ".tmp/screens/item-analysis.png", fullPage: true });

  // A learner cannot see the gradebook; the instructor removes the learner.
  expect((await page.request.get(`/api/classes/${classUrl.split("/").pop()}/gradebook`)).status()).toBe(403);
  await teacherPage.goto(classUrl);
  await teacherPage.getByRole("button", { name: "学習者E2Eさんを削除" }).click();
  await expect(teacherPage.getByText("まだ受講者はいません。")).toBeVisible();
  await page.goto("/assignments");
  await expect(page.getByText("課題はありません。")).toBeVisible();
});
