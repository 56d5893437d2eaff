// Route limits counted in the app's database (rate-limiter-flexible's Prisma store): per address
// and per account, atomic under parallel requests, on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkRouteLimits, LIMITS, signUpLimits } from "@/lib/throttle/route-limits";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

describe.each(PROVIDERS)("[%s] route limits", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(provider);
  });
  afterAll(async () => t.drop());

  it("sign-ups: the limit holds per address, and another address is not affected", async () => {
    const limits = signUpLimits(3);
    for (let i = 0; i < 3; i++) expect(await checkRouteLimits(t.db, limits, { accountId: null, address: "192.0.2.1" })).toBe(0);
    const wait = await checkRouteLimits(t.db, limits, { accountId: null, address: "192.0.2.1" });
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(3600_000);
    expect(await checkRouteLimits(t.db, limits, { accountId: null, address: "192.0.2.2" })).toBe(0);
    expect(await t.db.rateLimit.count({ where: { key: { contains: "192.0.2.1" } } })).toBe(1);
  });

  it("join codes: parallel guesses by one account are all counted, only the limit passes", async () => {
    const results = await Promise.all(Array.from({ length: 25 }, () => checkRouteLimits(t.db, LIMITS.joinClass, { accountId: "acct-1", address: "192.0.2.3" })));
    expect(results.filter((w) => w === 0)).toHaveLength(LIMITS.joinClass[0].points);
    expect(await checkRouteLimits(t.db, LIMITS.joinClass, { accountId: "acct-2", address: "192.0.2.3" })).toBe(0);
  });
});
