// Sessions end when they should: each of sign-out, a role change, a password change and account
// deletion makes every earlier session token fail the one check (currentViewerFor), and the
// review path's folded check refuses a stale token inside its transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentViewerFor } from "@/lib/auth/current-viewer";
import { endSessions } from "@/lib/auth/end-sessions";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { seedFixtureSet } from "@/lib/quiz/test-support";
import { submitReview } from "@/lib/study/submit-review";
import { changePassword } from "@/lib/users/change-password";
import { deleteAccount } from "@/lib/users/delete-account";
import { setRole } from "@/lib/users/set-role";
import { signUp, signUpSchema } from "@/lib/users/sign-up";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

const PASSWORD = "long enough password";

describe.each(PROVIDERS)("[%s] sessions", (provider) => {
  let t: TestDatabase;
  let cardId: string;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    const set = await seedFixtureSet(t.db);
    cardId = (await t.db.card.findFirstOrThrow({ where: { sets: { some: { setId: set.id } } } })).id;
  });
  afterAll(async () => t.drop());

  async function signedIn(email: string) {
    const user = await signUp(t.db, signUpSchema.parse({ name: "U", email, password: PASSWORD }), undefined);
    const result = await verifyCredentials(t.db, { email, password: PASSWORD, address: null });
    if (!result.ok) throw new Error("sign-in failed");
    return { id: user.id, sessionVersion: result.user.sessionVersion };
  }

  it("a fresh token holds; sign-out ends it and every other one of the account", async () => {
    const token = await signedIn("out@example.com");
    expect(await currentViewerFor(t.db, token)).toEqual({ id: token.id, role: "learner" });
    await endSessions(t.db, token.id);
    expect(await currentViewerFor(t.db, token)).toBeNull();
    const again = await verifyCredentials(t.db, { email: "out@example.com", password: PASSWORD, address: null });
    expect(again.ok && (await currentViewerFor(t.db, { id: token.id, sessionVersion: again.user.sessionVersion }))).toEqual({ id: token.id, role: "learner" });
  });

  it("a role change ends the sessions that carried the old role", async () => {
    const token = await signedIn("role@example.com");
    await setRole(t.db, "role@example.com", "instructor");
    expect(await currentViewerFor(t.db, token)).toBeNull();
    expect(await currentViewerFor(t.db, { id: token.id, sessionVersion: token.sessionVersion + 1 })).toEqual({ id: token.id, role: "instructor" });
    await expect(setRole(t.db, "nobody@example.com", "learner")).rejects.toMatchObject({ status: 404 });
  });

  it("a password change needs the current password and ends every session", async () => {
    const token = await signedIn("pw@example.com");
    await expect(changePassword(t.db, token.id, { currentPassword: "wrong password!", newPassword: "a brand new password" })).rejects.toMatchObject({ status: 400 });
    expect(await currentViewerFor(t.db, token)).not.toBeNull();
    await changePassword(t.db, token.id, { currentPassword: PASSWORD, newPassword: "a brand new password" });
    expect(await currentViewerFor(t.db, token)).toBeNull();
    expect((await verifyCredentials(t.db, { email: "pw@example.com", password: PASSWORD, address: null })).ok).toBe(false);
    expect((await verifyCredentials(t.db, { email: "pw@example.com", password: "a brand new password", address: null })).ok).toBe(true);
  });

  it("a deleted account's token names no user: no viewer, and a review is a 401, not a 500", async () => {
    const token = await signedIn("gone@example.com");
    await expect(deleteAccount(t.db, token.id, { password: "wrong password!" })).rejects.toMatchObject({ status: 400 });
    await deleteAccount(t.db, token.id, { password: PASSWORD });
    expect(await t.db.user.count({ where: { id: token.id } })).toBe(0);
    expect(await currentViewerFor(t.db, token)).toBeNull();
    const review = { cardId, rating: "good" as const, idempotencyKey: "gone-review-1", durationMs: 1 };
    await expect(submitReview(t.db, token.id, review, new Date(), token)).rejects.toMatchObject({ status: 401 });
  });

  it("the review path refuses a stale session version inside its own read of the user row", async () => {
    const token = await signedIn("stale@example.com");
    await endSessions(t.db, token.id);
    const review = { cardId, rating: "good" as const, idempotencyKey: "stale-review-1", durationMs: 1 };
    await expect(submitReview(t.db, token.id, review, new Date(), token)).rejects.toMatchObject({ status: 401 });
    expect(await t.db.reviewLog.count({ where: { userId: token.id } })).toBe(0);
    const ok = await submitReview(t.db, token.id, review, new Date(), { sessionVersion: token.sessionVersion + 1 });
    expect(ok.cardId).toBe(cardId);
  });
});
