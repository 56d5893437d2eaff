import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { THROTTLE } from "@/lib/auth/throttle";
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

  it("locks an account after repeated failures, even for the right password, until the lock ends", async () => {
    await signUp(t.db, input({ email: "locked@example.com" }), undefined);
    const now = new Date("2026-01-01T00:00:00Z");
    for (let i = 0; i < THROTTLE.max_failures_per_account; i++) {
      await verifyCredentials(t.db, { email: "locked@example.com", password: "bad", address: null }, now);
    }
    const refused = await verifyCredentials(t.db, { email: "locked@example.com", password: "long enough password", address: null }, now);
    expect(refused).toMatchObject({ ok: false, reason: "throttled" });
    const later = new Date(now.getTime() + THROTTLE.lock_ms + 1000);
    const again = await verifyCredentials(t.db, { email: "locked@example.com", password: "long enough password", address: null }, later);
    expect(again.ok).toBe(true);
  });

  it("counts parallel guesses before checking passwords: at most the limit are checked", async () => {
    await signUp(t.db, input({ email: "parallel@example.com" }), undefined);
    const now = new Date("2026-02-01T00:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => verifyCredentials(t.db, { email: "parallel@example.com", password: `guess-${i}`, address: null }, now)),
    );
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBeLessThanOrEqual(THROTTLE.max_failures_per_account);
    expect(results.filter((r) => !r.ok && r.reason === "throttled").length).toBe(12 - checked);
    const right = await verifyCredentials(t.db, { email: "parallel@example.com", password: "long enough password", address: null }, now);
    expect(right).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("a successful sign-in clears the count", async () => {
    await signUp(t.db, input({ email: "recover@example.com" }), undefined);
    const now = new Date("2026-03-01T00:00:00Z");
    for (let i = 0; i < THROTTLE.max_failures_per_account - 1; i++) {
      await verifyCredentials(t.db, { email: "recover@example.com", password: "bad", address: null }, now);
    }
    expect((await verifyCredentials(t.db, { email: "recover@example.com", password: "long enough password", address: null }, now)).ok).toBe(true);
    for (let i = 0; i < THROTTLE.max_failures_per_account - 1; i++) {
      expect(await verifyCredentials(t.db, { email: "recover@example.com", password: "bad", address: null }, now)).toMatchObject({ reason: "invalid" });
    }
  });
});
