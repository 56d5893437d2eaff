import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

test("builds a set: create, add a card, import TSV, edit, share, export", async ({ page }) => {
  await signUp(page, { name: "Set Builder", email: uniqueEmail("sets") });
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await page.goto("/sets");
  await page.getByLabel("セット名").fill("私の復習セット");
  await page.getByRole("button", { name: "作成する" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "私の復習セット" })).toBeVisible();

  await page.getByLabel("表面（問題）").fill("ハノイ会談はいつ？");
  await page.getByLabel("裏面（答え）").fill("2019年2月");
  await page.getByRole("button", { name: "追加", exact: true }).click();
  await expect(page.getByTestId("card-list")).toContainText("ハノイ会談はいつ？");

  await page.getByLabel(/表面・裏面・タグの行/).fill("寧辺\tニョンビョン\treading\n豊渓里\tプンゲリ\treading\n");
  await page.getByRole("button", { name: "取り込む" }).click();
  await expect(page.getByTestId("set-status")).toContainText("2 枚を取り込みました");
  await expect(page.getByTestId("card-list").locator("li")).toHaveCount(3);

  await page.getByRole("button", { name: "編集 1" }).click();
  const list = page.getByTestId("card-list");
  await list.getByLabel("裏面", { exact: true }).fill("2019年2月27〜28日");
  await list.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByTestId("card-list")).toContainText("2019年2月27〜28日");

  await page.getByLabel("公開範囲").selectOption("shared");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByTestId("share-link")).toHaveValue(/\/sets\/shared\/[\w-]+$/);
  await page.screenshot({ path: ".tmp/screens/set-detail.png", fullPage: true });

  const res = await page.request.get(`${page.url().replace(/\/$/, "")}`.replace("/sets/", "/api/sets/") + "/export?format=anki");
  expect(res.status()).toBe(200);
  const body = await res.text();
  expect(body).toContain("#separator:tab");
  expect(body).toContain("寧辺\tニョンビョン");

  await page.goto("/sets");
  await page.screenshot({ path: ".tmp/screens/sets.png", fullPage: true });
  await expect(page.getByTestId("set-list")).toContainText("2018年の年表");

  // A built-in set lists its multiple-choice and ordering cards with their options.
  await page.getByTestId("set-list").getByRole("link", { name: /2018年の年表/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /2018年の年表/ })).toBeVisible();
  const options = page.getByTestId("card-list").getByTestId("card-options");
  await expect(options.first().locator("li").nth(2)).toBeVisible();
  await page.screenshot({ path: ".tmp/screens/set-builtin.png", fullPage: true });
});
