// Destructive actions are confirmed in an accessible dialog (Radix AlertDialog) instead of
// window.confirm: cancelling changes nothing, confirming deletes.
import { expect, test } from "@playwright/test";
import { expectSignedIn, gotoReady, signUp, uniqueEmail } from "./helpers";

test("deleting a set asks in a dialog; cancel keeps it, confirm deletes it", async ({ page }) => {
  await signUp(page, { name: "ダイアログ", email: uniqueEmail("dialog") });
  await expectSignedIn(page, "ダイアログ");
  const created = await page.request.post("/api/sets", { data: { title: "消すセット" } });
  const { id } = (await created.json()) as { id: string };
  await gotoReady(page, `/sets/${id}`);
  const open = page.getByRole("button", { name: /^セットを削除$|^Delete set$/ });
  await open.click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: /キャンセル|Cancel/ })).toBeFocused();
  await dialog.getByRole("button", { name: /キャンセル|Cancel/ }).click();
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  expect((await page.request.get("/api/sets")).ok()).toBe(true);
  expect(((await (await page.request.get("/api/sets")).json()) as { sets: { id: string }[] }).sets.some((s) => s.id === id)).toBe(true);
  await open.click();
  await page.getByRole("alertdialog").getByRole("button", { name: /^セットを削除$|^Delete set$/ }).click();
  await expect(page).toHaveURL(/\/sets$/);
  expect(((await (await page.request.get("/api/sets")).json()) as { sets: { id: string }[] }).sets.some((s) => s.id === id)).toBe(false);
});
