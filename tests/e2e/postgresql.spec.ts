import { expect, test } from "@playwright/test";
import { expectSignedIn, signIn, signOut, signUp, uniqueEmail } from "./helpers";

// The same app started with DATABASE_URL=postgresql://… (tests/e2e/serve-postgres.ts).
test("[postgresql] the app runs on PostgreSQL: corpus, sign up, sign out, sign in, read", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("document-list").getByRole("listitem")).toHaveCount(2);
  const email = uniqueEmail("pg");
  await signUp(page, { name: "PG User", email });
  await expectSignedIn(page, "PG User");
  await signOut(page);
  await signIn(page, email);
  await expectSignedIn(page, "PG User");
  await page.goto("/documents/naigai-2018-north-korea");
  await expect(page.getByTestId("document-text")).toContainText("シンガポール");
});
