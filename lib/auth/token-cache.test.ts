import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cachedDecode } from "./token-cache";

const secret = "a-test-secret-of-enough-length-0123456789";

describe("cachedDecode", () => {
  afterEach(() => vi.useRealTimers());

  it("returns the payload of a genuine token, the same on a second call", async () => {
    const token = await encode({ token: { id: "u1", role: "learner" }, secret });
    expect(await cachedDecode({ token, secret })).toMatchObject({ id: "u1", role: "learner" });
    expect(await cachedDecode({ token, secret })).toMatchObject({ id: "u1", role: "learner" });
  });

  it("refuses a token under another secret even after it was cached under the right one", async () => {
    const token = await encode({ token: { id: "u2", role: "learner" }, secret });
    await cachedDecode({ token, secret });
    await expect(cachedDecode({ token, secret: `${secret}-other` })).rejects.toThrow();
  });

  it("refuses a cached token once it has expired", async () => {
    const token = await encode({ token: { id: "u3", role: "learner" }, secret, maxAge: 60 });
    expect(await cachedDecode({ token, secret })).toMatchObject({ id: "u3" });
    vi.useFakeTimers({ now: Date.now() + 120_000 });
    expect(await cachedDecode({ token, secret })).toBeNull();
  });

  it("refuses a tampered token", async () => {
    const token = await encode({ token: { id: "u4", role: "learner" }, secret });
    const tampered = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    await expect(cachedDecode({ token: tampered, secret })).rejects.toThrow();
  });
});
