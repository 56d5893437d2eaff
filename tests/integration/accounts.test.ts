import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { delayAfter, SIGN_IN_THROTTLE } from "@/lib/auth/throttle";
import { HttpError } from "@/lib/http/errors";
import { signUp, signUpSchema } from "@/lib/users/sign-up";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

const input = (over: Record<string, unknown> = {}) =>
  signUpSchema.parse({ name: "Aiko", email: "Aiko@Example.com", password: "long enough password", ...over });

describe.each(PROVIDERS)("[%s] accounts", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(provider);
  });
  afterAll(async () => t.drop());

  it("creates a learner with a normalised email and an argon2id hash", async () => {
    const user = await signUp(t.db, input(), "instructor-code-123");
    expect(user).toMatchObject({ email: "aiko@example.com", role: "learner", name: "Aiko" });
    const row = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("refuses a taken email and creates nothing", async () => {
    const before = await t.db.user.count();
    await expect(signUp(t.db, input({ email: "aiko@example.com" }), undefined)).rejects.toMatchObject({ status: 409, code: "email_taken" });
    expect(await t.db.user.count()).toBe(before);
  });

  it("makes an instructor only with the right code", async () => {
    await expect(signUp(t.db, input({ email: "i@example.com", instructorCode: "nope" }), "instructor-code-123")).rejects.toBeInstanceOf(HttpError);
    await expect(signUp(t.db, input({ email: "j@example.com", instructorCode: "anything" }), undefined)).rejects.toBeInstanceOf(HttpError);
    expect(await t.db.user.count({ where: { email: { in: ["i@example.com", "j@example.com"] } } })).toBe(0);
    const ok = await signUp(t.db, input({ email: "k@example.com", instructorCode: "instructor-code-123" }), "instructor-code-123");
    expect(ok.role).toBe("instructor");
  });

  it("signs in with the right password and gives one answer for a wrong email or password", async () => {
    const good = await verifyCredentials(t.db, { email: "AIKO@example.com ", password: "long enough password", address: null });
    expect(good).toMatchObject({ ok: true, user: { email: "aiko@example.com", role: "learner" } });
    const wrongPassword = await verifyCredentials(t.db, { email: "aiko@example.com", password: "wrong", address: "10.0.0.1" });
    const wrongEmail = await verifyCredentials(t.db, { email: "nobody@example.com", password: "wrong", address: "10.0.0.1" });
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(wrongEmail).toEqual(wrongPassword);
  });

  // Delays of seconds, not minutes: long enough that an argon2 check between two attempts
  // never outlasts one, short enough to wait out.
  const FAST = { baseDelaySec: 2 };
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const attempt = (email: string, password: string, address: string | null = null) => verifyCredentials(t.db, { email, password, address }, FAST);
  const FREE = SIGN_IN_THROTTLE.kinds[0].freeFailures;

  it("slows down after repeated failures instead of locking: the owner's password gets in once the delay has passed", async () => {
    await signUp(t.db, input({ email: "slow@example.com" }), undefined);
    for (let i = 0; i <= FREE; i++) expect(await attempt("slow@example.com", "bad", "10.0.0.1")).toMatchObject({ reason: "invalid" });
    const refused = await attempt("slow@example.com", "long enough password", "10.0.0.1");
    expect(refused).toMatchObject({ ok: false, reason: "throttled" });
    await sleep((refused as { retryAfterMs: number }).retryAfterMs + 50);
    expect((await attempt("slow@example.com", "long enough password", "10.0.0.1")).ok).toBe(true);
  });

  it("each further failure doubles the wait", async () => {
    await signUp(t.db, input({ email: "double@example.com" }), undefined);
    for (let i = 0; i < FREE; i++) await attempt("double@example.com", "bad", "10.0.0.2");
    const waits: number[] = [];
    for (let i = 0; i < 2; i++) {
      expect(await attempt("double@example.com", "bad", "10.0.0.2")).toMatchObject({ reason: "invalid" });
      const early = await attempt("double@example.com", "bad", "10.0.0.2");
      expect(early).toMatchObject({ reason: "throttled" });
      waits.push((early as { retryAfterMs: number }).retryAfterMs);
      await sleep(waits.at(-1)! + 50);
    }
    expect(waits[1]!).toBeGreaterThan(waits[0]!);
    expect(delayAfter(FREE + 1, SIGN_IN_THROTTLE.kinds[0])).toBe(1);
    expect(delayAfter(FREE + 40, SIGN_IN_THROTTLE.kinds[0])).toBe(SIGN_IN_THROTTLE.kinds[0].capSec);
  });

  it("counts parallel guesses before checking passwords: the free ones and one more are checked", async () => {
    await signUp(t.db, input({ email: "parallel@example.com" }), undefined);
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt("parallel@example.com", `guess-${i}`, "10.0.0.3")));
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBeLessThanOrEqual(FREE + 1);
    expect(results.filter((r) => !r.ok && r.reason === "throttled").length).toBe(12 - checked);
  });

  it("limits one address across many accounts (password spraying), and a sign-in does not reset the address", async () => {
    await signUp(t.db, input({ email: "sprayed@example.com" }), undefined);
    const free = SIGN_IN_THROTTLE.kinds[2].freeFailures;
    for (let i = 0; i <= free; i++) expect(await attempt(`victim-${i}@example.com`, "Winter2026!", "10.0.0.4")).toMatchObject({ reason: "invalid" });
    expect(await attempt("another@example.com", "Winter2026!", "10.0.0.4")).toMatchObject({ reason: "throttled" });
    expect(await attempt("another@example.com", "Winter2026!", "10.0.0.5")).toMatchObject({ reason: "invalid" });
  });

  it("a class signing in behind one school address is never slowed: only failures count against an address", async () => {
    const free = SIGN_IN_THROTTLE.kinds[2].freeFailures;
    for (let i = 0; i < free + 10; i++) {
      await signUp(t.db, input({ email: `pupil-${i}@example.com` }), undefined);
      expect((await attempt(`pupil-${i}@example.com`, "long enough password", "10.0.0.7")).ok).toBe(true);
    }
  }, 120_000);

  it("a successful sign-in forgives the account's failures", async () => {
    await signUp(t.db, input({ email: "recover@example.com" }), undefined);
    for (let i = 0; i < FREE; i++) await attempt("recover@example.com", "bad", "10.0.0.6");
    expect((await attempt("recover@example.com", "long enough password", "10.0.0.6")).ok).toBe(true);
    for (let i = 0; i < FREE; i++) expect(await attempt("recover@example.com", "bad", "10.0.0.6")).toMatchObject({ reason: "invalid" });
    expect(await attempt("recover@example.com", "bad", "10.0.0.6")).toMatchObject({ reason: "invalid" });
  });
});
