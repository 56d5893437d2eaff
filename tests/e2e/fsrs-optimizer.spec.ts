// Anki's 「最適化」 in the settings page: a learner with a few hundred reviews fits FSRS weights to
// them, reads old and new with their effect, and the weights change only when they apply them.
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createDb } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/provider";
import { seedSyntheticReviews } from "@/lib/study/test-support";
import { gotoReady, signUp, uniqueEmail } from "./helpers";

test.describe.configure({ mode: "serial" });

const PORT = Number(process.env.E2E_PORT ?? 3210);
const dbFile = () => path.resolve(`.tmp/e2e-data-${PORT}/app.db`);

async function withDb<T>(work: (db: ReturnType<typeof createDb>) => Promise<T>): Promise<T> {
  const db = createDb(parseDatabaseUrl(`file:${dbFile()}`));
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

async function learner(browser: Browser, name: string, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; email: string }> {
  const page = await (await browser.newContext({ viewport })).newPage();
  const email = uniqueEmail("fsrs");
  await signUp(page, { name, email });
  // The first sign-up after the server starts hashes on a busy machine: wait longer than the default.
  await expect(page.getByTestId("signed-in-as")).toContainText(name, { timeout: 30_000 });
  return { page, email };
}

const storedWeights = (email: string) => withDb(async (db) => (await db.user.findUniqueOrThrow({ where: { email }, select: { fsrsParameters: true } })).fsrsParameters);

let seededReviews = 0;
let alice: { page: Page; email: string };

test.beforeAll(async ({ browser }) => {
  alice = await learner(browser, "最適化アリス");
  seededReviews = (await withDb(async (db) => seedSyntheticReviews(db, (await db.user.findUniqueOrThrow({ where: { email: alice.email } })).id, { cards: 90, reviewsPerCard: 4 }))).reviews;
  expect(seededReviews).toBeGreaterThanOrEqual(400);
});

test("a learner without enough reviews sees how many more are needed, and the server refuses (not_enough_reviews)", async ({ browser }) => {
  const { page } = await learner(browser, "新人ボブ");
  await gotoReady(page, "/settings");
  const section = page.getByTestId("fsrs-optimizer");
  await expect(section.getByTestId("fsrs-review-count")).toContainText("記録された復習：0回");
  await expect(section).toContainText("あと400回復習すると最適化できます。");
  await expect(section.getByRole("button", { name: "最適化" })).toBeDisabled();
  const res = await page.request.post("/api/settings/fsrs/optimize");
  expect(res.status()).toBe(422);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_enough_reviews");
});

test("optimizing shows old and new weights and their effect; nothing changes until 適用", async () => {
  const { page, email } = alice;
  await gotoReady(page, "/settings");
  const section = page.getByTestId("fsrs-optimizer");
  await expect(section.getByTestId("fsrs-review-count")).toContainText(`記録された復習：${seededReviews}回`);
  await expect(section.getByTestId("fsrs-current")).toHaveText("いまは既定のパラメータを使っています。");

  await section.getByRole("button", { name: "最適化" }).click();
  const proposal = section.getByTestId("fsrs-proposal");
  await expect(proposal.getByRole("heading", { name: "最適化の結果" })).toBeVisible();
  await expect(proposal).toContainText(`${seededReviews}回の復習`);
  await expect(proposal.getByRole("row", { name: /対数損失/ })).toBeVisible();
  await expect(proposal.getByRole("row", { name: /RMSE/ })).toBeVisible();
  await expect(proposal.getByTestId("fsrs-proposed-intervals")).toContainText("日 →");
  await proposal.getByText("パラメータ（21個）").click();
  await expect(proposal.getByRole("row", { name: /^w20 / })).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: ".tmp/screens/settings-fsrs-1280.png", fullPage: true });
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // Not applied: the stored weights are still the defaults, and so is the page after a reload.
  expect(await storedWeights(email)).toBeNull();
  await gotoReady(page, "/settings");
  await expect(section.getByTestId("fsrs-current")).toHaveText("いまは既定のパラメータを使っています。");

  // Optimize again and discard: still nothing stored.
  await section.getByRole("button", { name: "最適化" }).click();
  await section.getByRole("button", { name: "適用しない" }).click();
  await expect(section.getByRole("status")).toHaveText("最適化の結果を破棄しました。パラメータは変わっていません。");
  expect(await storedWeights(email)).toBeNull();
});

test("適用 stores the proposed weights; 既定値に戻す goes back after confirming", async () => {
  const { page, email } = alice;
  await gotoReady(page, "/settings");
  const section = page.getByTestId("fsrs-optimizer");
  await section.getByRole("button", { name: "最適化" }).click();
  const proposal = section.getByTestId("fsrs-proposal");
  await proposal.getByText("パラメータ（21個）").click();
  const proposedW0 = (await proposal.getByRole("row", { name: /^w0 / }).getByRole("cell").last().textContent())!.trim();
  await proposal.getByRole("button", { name: "適用", exact: true }).click();
  await expect(section.getByRole("status")).toHaveText("新しいパラメータを適用しました。次の復習から使われます。");
  const applied = JSON.parse((await storedWeights(email))!) as number[];
  expect(applied).toHaveLength(21);
  expect(applied[0]!.toFixed(4)).toBe(proposedW0);

  await gotoReady(page, "/settings");
  await expect(section.getByTestId("fsrs-current")).toHaveText("いまは自分の復習記録から最適化したパラメータを使っています。");
  await section.getByText("パラメータ（21個）").click();
  await expect(section.getByTestId("fsrs-parameters")).toContainText(applied.map((w) => w.toFixed(4)).join(", "));

  await section.getByRole("button", { name: "既定値に戻す…" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "既定値に戻す", exact: true }).click();
  await expect(section.getByRole("status")).toHaveText("既定のパラメータに戻しました。");
  expect(await storedWeights(email)).toBeNull();
});

test("bad weights over HTTP are refused and change nothing; signed-out requests are 401", async ({ playwright }) => {
  const { page, email } = alice;
  const bad = await page.request.put("/api/settings/fsrs", { data: { parameters: [1, 2, 3] } });
  expect(bad.status()).toBe(400);
  const outOfRange = await page.request.put("/api/settings/fsrs", { data: { parameters: [...Array(20).fill(0.5), 9] } });
  expect(outOfRange.status()).toBe(400);
  expect(await storedWeights(email)).toBeNull();
  const anonymous = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${PORT}` });
  expect((await anonymous.post("/api/settings/fsrs/optimize")).status()).toBe(401);
  expect((await anonymous.delete("/api/settings/fsrs")).status()).toBe(401);
  await anonymous.dispose();
});

test("the settings page on a phone (390×844) with a proposal", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.context().addCookies(await alice.page.context().cookies());
  await gotoReady(page, "/settings");
  const section = page.getByTestId("fsrs-optimizer");
  await section.getByRole("button", { name: "最適化" }).click();
  await expect(section.getByTestId("fsrs-proposal")).toBeVisible();
  await section.getByTestId("fsrs-proposal").getByText("パラメータ（21個）").click();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: ".tmp/screens/settings-fsrs-390.png", fullPage: true });
  await context.close();
});
