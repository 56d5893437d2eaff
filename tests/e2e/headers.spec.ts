// Issue 11.4 over real HTTP and in the browser: a nonce-based Content-Security-Policy (no
// unsafe-inline for scripts), Permissions-Policy, Cross-Origin-Opener-Policy and
// `private, no-store` on pages and personal API answers; unknown things answer 404; and the
// pages still work under the policy (they hydrate, and the browser reports no violation).
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { expectSignedIn, gotoReady, signUp, uniqueEmail } from "./helpers";

test.describe.configure({ mode: "serial" });

function scriptSrc(res: APIResponse): string {
  const csp = res.headers()["content-security-policy"] ?? "";
  return csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
}

function expectSecurityHeaders(res: APIResponse) {
  const h = res.headers();
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["cross-origin-opener-policy"]).toBe("same-origin");
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).toContain("object-src 'none'");
}

function expectPrivate(res: APIResponse) {
  const cc = res.headers()["cache-control"] ?? "";
  expect(cc, res.url()).toContain("private");
  expect(cc, res.url()).toContain("no-store");
}

test("pages: a fresh script nonce per response, on every script, and no unsafe-inline for scripts", async ({ request }) => {
  const first = await request.get("/");
  const second = await request.get("/");
  expect(first.status()).toBe(200);
  expectSecurityHeaders(first);
  expectPrivate(first);
  const src = scriptSrc(first);
  expect(src).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(src).not.toContain("unsafe-inline");
  expect(src).not.toContain("unsafe-eval");
  const nonce = /'nonce-([^']+)'/.exec(src)![1]!;
  expect(/'nonce-([^']+)'/.exec(scriptSrc(second))![1]).not.toBe(nonce);
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);
});

test("API: personal answers are private, no-store, with the same security headers", async ({ browser, request }) => {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, { name: "ヘッダー", email: uniqueEmail("headers") });
  await expectSignedIn(page, "ヘッダー");
  for (const url of ["/api/sets", "/api/assignments", "/api/study/queue", "/api/auth/session"]) {
    const res = await page.request.get(url);
    expect(res.status(), url).toBe(200);
    expectPrivate(res);
    expectSecurityHeaders(res);
  }
  const refused = await request.get("/api/sets");
  expect(refused.status()).toBe(401);
  expectPrivate(refused);
  for (const url of ["/dashboard", "/settings", "/sets"]) expectPrivate(await page.request.get(url));
});

test("not found is a 404: an unknown share code, set, document and path", async ({ browser, request }) => {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, { name: "四〇四", email: uniqueEmail("notfound") });
  await expectSignedIn(page, "四〇四");
  for (const url of ["/sets/shared/no-such-code", "/sets/no-such-set", "/documents/no-such-document", "/no/such/page"]) {
    expect((await page.request.get(url)).status(), url).toBe(404);
  }
  expect((await request.get("/no/such/page")).status()).toBe(404);
});

async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content[- ]Security[- ]Policy|Refused to (execute|load|apply)/i.test(msg.text())) violations.push(msg.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return violations;
}

test("pages work under the policy: they hydrate and the browser reports no CSP violation", async ({ browser }) => {
  test.setTimeout(240_000);
  const page = await (await browser.newContext()).newPage();
  const violations = await watchViolations(page);
  await signUp(page, { name: "CSP 確認", email: uniqueEmail("csp") });
  await expectSignedIn(page, "CSP 確認");
  await gotoReady(page, "/documents");
  const firstDoc = page.locator('a[href^="/documents/"]').first();
  const href = await firstDoc.getAttribute("href");
  for (const url of ["/", "/documents", href!, "/sets", "/timeline", "/positions", "/dashboard", "/settings", "/study", "/quizzes", "/classes"]) {
    await gotoReady(page, url);
  }
  await gotoReady(page, "/settings");
  await page.getByLabel(/アカウント削除のためのパスワード|Password to delete the account/).fill("anything at all");
  await page.getByRole("button", { name: /アカウントを削除|Delete account/ }).click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("alertdialog")).toBeHidden();
  expect(violations).toEqual([]);
});
