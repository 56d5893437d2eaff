import { expect, test } from "@playwright/test";

test("pages fit a phone screen without sideways scrolling", async ({ page }) => {
  for (const path of ["/", "/documents", "/signin", "/signup", "/documents/naigai-2018-north-korea"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto("/");
  await page.screenshot({ path: ".tmp/screens/home-phone.png", fullPage: true });
});
