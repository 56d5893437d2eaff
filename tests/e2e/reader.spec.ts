import { expect, test } from "@playwright/test";
import { E2E_INSTRUCTOR_CODE } from "../../playwright.config";
import { gotoReady, signOut, signUp, uniqueEmail } from "./helpers";

test("the reader shows ruby readings, highlights facts and filters them by kind and actor", async ({ page }) => {
  await gotoReady(page, "/documents/naigai-2018-north-korea");
  const text = page.getByTestId("document-text");
  await expect(text.locator("ruby", { hasText: "寧辺" }).locator("rt")).toHaveText("ニョンビョン");
  await expect(text.locator("ruby", { hasText: "平昌" }).locator("rt")).toHaveText("ピョンチャン");
  await expect(text.locator("mark").first()).toBeVisible();
  // Captions and page headers are not body text and carry no highlight.
  await expect(text).not.toContainText("9特　集");

  const list = page.getByTestId("fact-list");
  const all = await list.getByTestId("fact-item").count();
  expect(all).toBeGreaterThan(20);
  await page.getByLabel("種類").selectOption("agreement");
  await expect(list.getByTestId("fact-item").first()).toContainText("米朝共同声明");
  await expect(list.getByTestId("fact-item").first()).toContainText("朝鮮半島の完全な非核化に向けて努力");
  await page.getByLabel("種類").selectOption("all");
  await page.getByLabel("当事者").selectOption("ロシア");
  const russian = await list.getByTestId("fact-item").count();
  expect(russian).toBeGreaterThan(0);
  expect(russian).toBeLessThan(all);
  await page.screenshot({ path: ".tmp/screens/reader.png", fullPage: false });

  // A fact's link target scrolls to and marks its sentence.
  await list.getByTestId("fact-item").first().getByRole("button").first().click();
  await expect(text.locator("mark.ring-2").first()).toBeVisible();
});

test("learners cannot upload: no link, the page is refused, the API answers 403", async ({ page }) => {
  await signUp(page, { name: "Learner", email: uniqueEmail("reader-learner") });
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await page.goto("/documents");
  await expect(page.getByRole("link", { name: "資料を追加" })).toHaveCount(0);
  await page.goto("/documents/new");
  await expect(page).toHaveURL(/\/forbidden$/);
  const res = await page.request.post("/api/documents", { multipart: { text: "北朝鮮は2019年に協議した。" } });
  expect(res.status()).toBe(403);
  const anonymous = await page.context().browser()!.newContext();
  const anon = await anonymous.request.post(`${test.info().project.use.baseURL}/api/documents`, { multipart: { text: "x" } });
  expect(anon.status()).toBe(401);
  await anonymous.close();
});

test("an instructor uploads HTML (scripts stay inert), reviews facts and adds a missed one", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await signUp(page, { name: "講師", email: uniqueEmail("reader-teacher"), instructorCode: E2E_INSTRUCTOR_CODE });
  await expect(page.getByTestId("signed-in-as")).toContainText("講師");
  await page.goto("/documents");
  await page.getByRole("link", { name: "資料を追加" }).click();
  await page.locator("html[data-hydrated]").waitFor();

  const html = `<!doctype html><html><head><title>米朝協議の行方</title><script>alert("head")</script></head><body>
    <nav>ホーム ランキング 1 2 3</nav><article><h1>米朝協議の行方</h1>
    <p>2019年10月5日(土)9時00分</p>
    <p onmouseover="alert('p')">北朝鮮は今月5日、ストックホルムで米国との実務者協議に臨んだ。</p>
    <p>北朝鮮の代表は米国が「古い考えと態度」にこだわっていると非難した。</p>
    <p>米国は北朝鮮に核兵器の引き渡しを要求した。</p>
    <p>韓国政府は対話の継続を強く求めた。</p>
    <img src="x" onerror="alert('img')"></article></body></html>`;
  await page.getByLabel("ファイル").setInputFiles({ name: "talks.html", mimeType: "text/html", buffer: Buffer.from(html) });
  await page.getByRole("button", { name: "取り込む" }).click();
  await expect(page).toHaveURL(/\/documents\/.+/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("米朝協議の行方");
  const text = page.getByTestId("document-text");
  await expect(text).toContainText("ストックホルム");
  await expect(text).not.toContainText("alert");
  await text.hover();
  expect(dialogs).toEqual([]);

  const items = page.getByTestId("fact-list").getByTestId("fact-item");
  const settled = () => expect(page.getByTestId("fact-panel")).toHaveAttribute("aria-busy", "false");
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(2);
  await expect(items.first()).toContainText("未確認");

  await items.first().getByRole("button", { name: "承認" }).click();
  await expect(items.first()).toContainText("承認済み");
  await settled();
  await items.nth(1).getByRole("button", { name: "却下" }).click();
  await expect(items.nth(1)).toContainText("却下");
  await settled();

  await items.first().getByRole("button", { name: "編集" }).click();
  await items.first().getByLabel("要約").fill("北朝鮮がストックホルム協議に臨んだ（修正）");
  await expect(items.first().getByLabel("要約")).toHaveValue("北朝鮮がストックホルム協議に臨んだ（修正）");
  await items.first().getByRole("button", { name: "保存" }).click();
  await expect(items.first()).toContainText("（修正）");
  await expect(items.first()).toContainText("修正済み");
  await settled();

  // Select a sentence in the text and add it as a fact.
  await text.evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let node: Node | null;
    while ((node = walker.nextNode())) {
      const i = node.textContent?.indexOf("韓国政府は") ?? -1;
      if (i >= 0) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, Math.min(node.textContent!.length, i + 14));
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
        return;
      }
    }
    throw new Error("sentence not found");
  });
  const panel = page.getByTestId("selection-panel");
  await expect(panel.locator("blockquote")).toHaveText("韓国政府は対話の継続を強く求");
  await panel.getByLabel("種類").selectOption("position");
  await panel.getByLabel("当事者（読点・カンマ区切り）").fill("韓国");
  await panel.getByRole("button", { name: "追加" }).click();
  await expect(page.getByTestId("fact-list")).toContainText("手動追加");

  await page.getByRole("button", { name: /抽出をやり直す/ }).click();
  await expect(page.getByText(/抽出をやり直しました/)).toBeVisible();
  await expect(page.getByTestId("fact-list")).toContainText("（修正）");
  await expect(page.getByTestId("fact-list")).toContainText("手動追加");
  await page.screenshot({ path: ".tmp/screens/reader-review.png", fullPage: false });
  await signOut(page);
});

test("uploads that cannot be read get a clear message and store nothing", async ({ page }) => {
  await signUp(page, { name: "講師2", email: uniqueEmail("reader-teacher2"), instructorCode: E2E_INSTRUCTOR_CODE });
  await expect(page.getByTestId("signed-in-as")).toContainText("講師");
  await gotoReady(page, "/documents/new");
  await page.getByLabel("ファイル").setInputFiles({ name: "blob.txt", mimeType: "text/plain", buffer: Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 9]) });
  await page.getByRole("button", { name: "取り込む" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("テキストではないファイルです。");
  await page.getByLabel("ファイル").setInputFiles([]);
  await page.getByRole("button", { name: "取り込む" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("ファイルを選ぶか本文を貼り付けてください");
  await page.goto("/documents");
  // The 2 built-in documents only: nothing stored here, and the other instructor's unpublished
  // upload above is theirs and their classes' (docs/decisions/0008-document-visibility.md).
  await expect(page.getByTestId("document-list").getByRole("listitem")).toHaveCount(2);
});
