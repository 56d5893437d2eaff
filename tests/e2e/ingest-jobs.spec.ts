// An import is a background job: the page shows its stages, then links to the document; a
// document that cannot be analysed ends with its reason in the UI's language. The job's
// progress belongs to the user who started it.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { E2E_INSTRUCTOR_CODE } from "../../playwright.config";
import { gotoReady, signUp, uniqueEmail } from "./helpers";

/** No serious or critical WCAG 2.1 AA violation (axe-core), as in a11y.spec.ts. */
async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
}

const STAGES = ["queued", "analysing", "extracting", "storing", "done"];

const ARTICLE = `日豪、防衛協力の強化で合意
2024年3月14日　東都新聞
日本とオーストラリアの両政府は13日、東京で外務・防衛閣僚協議を開き、共同訓練の拡大で合意した。
オーストラリアの外相は「地域の安定に欠かせない」と強調した。
日本の防衛相は、来年度から共同訓練を年4回に増やす方針を示した。`;

test("an instructor's import shows its stages, then the document", async ({ page }) => {
  // Every stage the progress panel shows, in order, recorded in the page as it changes.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __stages: string[] }).__stages = seen;
    new MutationObserver(() => {
      const status = document.querySelector("[data-testid=job-progress]")?.getAttribute("data-status");
      if (status && seen[seen.length - 1] !== status) seen.push(status);
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-status"] });
  });
  await signUp(page, { name: "講師J", email: uniqueEmail("jobs-teacher"), instructorCode: E2E_INSTRUCTOR_CODE });
  await expect(page.getByTestId("signed-in-as")).toContainText("講師J");
  await gotoReady(page, "/documents/new");
  await page.getByLabel("または本文を貼り付け").fill(ARTICLE);
  await page.getByRole("button", { name: "取り込む" }).click();

  await expect(page).toHaveURL(/\/documents\/new\?job=/);
  const progress = page.getByTestId("job-progress");
  await expect(progress.getByRole("listitem")).toHaveText(["待機", "本文の読み取り", "事実の抽出", "事実とカードの保存", "完了"].map((s) => new RegExp(s)));
  await page.screenshot({ path: ".tmp/screens/import-progress.png" });
  await expect(progress).toHaveAttribute("data-status", "done", { timeout: 60_000 });
  await expect(progress.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
  await expect(page.getByTestId("job-outcome")).toContainText(/事実を\d+件抽出しました/);

  const seen = await page.evaluate(() => (window as unknown as { __stages: string[] }).__stages);
  expect(seen.at(-1)).toBe("done");
  // Only forward, never back (a fast stage may pass between two polls).
  expect(seen.map((s) => STAGES.indexOf(s))).toEqual([...seen.map((s) => STAGES.indexOf(s))].sort((a, b) => a - b));
  expect(seen.every((s) => STAGES.includes(s))).toBe(true);

  await expectAccessible(page);
  await page.screenshot({ path: ".tmp/screens/import-done.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: ".tmp/screens/import-done-phone.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("link", { name: "資料を開く" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("日豪、防衛協力の強化で合意");
  await expect(page.getByTestId("document-text")).toContainText("共同訓練の拡大で合意した");
});

test("a document in another language ends failed with its reason, and the job is only its owner's", async ({ page, browser }) => {
  await signUp(page, { name: "講師K", email: uniqueEmail("jobs-teacher2"), instructorCode: E2E_INSTRUCTOR_CODE });
  await expect(page.getByTestId("signed-in-as")).toContainText("講師K");
  await gotoReady(page, "/documents/new");
  const english = "The two governments agreed on Wednesday to expand joint training, the foreign minister said in Tokyo after the talks.";
  await page.getByLabel("ファイル").setInputFiles({ name: "english.txt", mimeType: "text/plain", buffer: Buffer.from(english) });
  await page.getByRole("button", { name: "取り込む" }).click();
  await expect(page).toHaveURL(/\/documents\/new\?job=/);
  const progress = page.getByTestId("job-progress");
  await expect(progress).toHaveAttribute("data-status", "failed", { timeout: 60_000 });
  await expect(page.getByTestId("job-error")).toHaveText("日本語の資料ではありません。解析できるのは日本語の資料だけです。");
  await expect(page.getByTestId("job-error")).toHaveAttribute("data-code", "not_japanese");
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: ".tmp/screens/import-failed-phone.png", fullPage: true });

  const jobId = new URL(page.url()).searchParams.get("job")!;
  const mine = await page.request.get(`/api/jobs/${jobId}`);
  expect(mine.status()).toBe(200);
  expect((await mine.json()).job).toMatchObject({ status: "failed", document: null, error: { code: "not_japanese" } });

  const stranger = await browser.newPage();
  await signUp(stranger, { name: "講師L", email: uniqueEmail("jobs-teacher3"), instructorCode: E2E_INSTRUCTOR_CODE });
  await expect(stranger.getByTestId("signed-in-as")).toContainText("講師L");
  expect((await stranger.request.get(`/api/jobs/${jobId}`)).status()).toBe(404);
  await stranger.close();
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`${test.info().project.use.baseURL}/api/jobs/${jobId}`)).status()).toBe(401);
  await anonymous.close();
});
