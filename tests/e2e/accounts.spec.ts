import { expect, test } from "@playwright/test";
import { E2E_INSTRUCTOR_CODE } from "../../playwright.config";
import { expectSignedIn, formAlert, PASSWORD, signIn, signOut, signUp, uniqueEmail } from "./helpers";

test("sign up, sign out, a wrong password, then sign in", async ({ page }) => {
  const email = uniqueEmail("learner");
  await signUp(page, { name: "学習者テスト", email });
  await expectSignedIn(page, "学習者テスト");
  await expect(page.getByTestId("signed-in-as")).toContainText("学習者");

  await signOut(page);

  await signIn(page, email, "not the password");
  await expect(formAlert(page)).toHaveText("メールアドレスまたはパスワードが正しくありません。");
  await signIn(page, "nobody@example.com", "not the password");
  await expect(formAlert(page)).toHaveText("メールアドレスまたはパスワードが正しくありません。");

  await signIn(page, email);
  await expectSignedIn(page, "学習者テスト");
});

test("the instructor code makes an instructor", async ({ page }) => {
  await signUp(page, { name: "講師テスト", email: uniqueEmail("teacher"), instructorCode: E2E_INSTRUCTOR_CODE });
  await expect(page.getByTestId("signed-in-as")).toContainText("講師");
});

test("bad sign-up input shows messages on the form and creates nothing", async ({ page, request }) => {
  const email = uniqueEmail("dup");
  await signUp(page, { name: "One", email });
  await expectSignedIn(page, "One");
  await signOut(page);

  await signUp(page, { name: "Two", email });
  await expect(page.getByText("このメールアドレスはすでに登録されています。")).toBeVisible();

  await signUp(page, { name: "Three", email: "not-an-email", password: "short" });
  await expect(page.getByText("メールアドレスの形式が正しくありません。")).toBeVisible();
  await expect(page.getByText("短すぎます（10文字以上）。")).toBeVisible();

  await signUp(page, { name: "", email: uniqueEmail("noname") });
  await expect(page.getByText("入力してください。")).toBeVisible();

  await signUp(page, { name: "Four", email: uniqueEmail("code"), instructorCode: "wrong-code-000" });
  await expect(page.getByText("講師コードが正しくありません。")).toBeVisible();

  // Over HTTP: a 1 MB name, missing fields, broken JSON — each a clear 4xx, nothing created.
  const huge = await request.post("/api/users", { data: { name: "x".repeat(1_000_000), email: uniqueEmail("huge"), password: PASSWORD } });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.code).toBe("body_too_large");
  const missing = await request.post("/api/users", { data: {} });
  expect(missing.status()).toBe(400);
  expect(Object.keys((await missing.json()).error.fields).sort()).toEqual(["email", "name", "password"]);
  // A Buffer is sent as is (a string would be JSON-encoded into valid JSON).
  const broken = await request.post("/api/users", { headers: { "content-type": "application/json" }, data: Buffer.from("{") });
  expect(broken.status()).toBe(400);
  expect((await broken.json()).error.code).toBe("invalid_json");
  const taken = await request.post("/api/users", { data: { name: "Again", email, password: PASSWORD } });
  expect(taken.status()).toBe(409);
});

test("repeated failed sign-ins slow down instead of locking the owner out", async ({ page }) => {
  test.setTimeout(180_000);
  const email = uniqueEmail("slowed");
  await signUp(page, { name: "Slowed", email });
  await signOut(page);
  // Five failures are free; after that each attempt must wait a doubling delay, so a guesser
  // soon meets "try again in N seconds" (the browser's own pace passes the first short delays).
  let slowed = false;
  for (let i = 0; i < 14 && !slowed; i++) {
    await signIn(page, email, `wrong-${i}`);
    await expect(formAlert(page)).toBeVisible();
    slowed = /秒後にもう一度/.test(await formAlert(page).innerText());
  }
  expect(slowed).toBe(true);
  // Once the delay has passed, the owner's password works (a hard lock would refuse it).
  await expect(async () => {
    await signIn(page, email);
    await expectSignedIn(page, "Slowed");
  }).toPass({ timeout: 45_000, intervals: [2_000, 4_000] });
});