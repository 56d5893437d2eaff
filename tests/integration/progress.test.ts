import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDashboard } from "@/lib/progress/dashboard";
import { setDueCounts } from "@/lib/progress/set-due-counts";
import { studySettingsSchema, updateStudySettings } from "@/lib/progress/settings";
import { seedFixtureCorpus } from "@/lib/sets/test-seed";
import { submitReview } from "@/lib/study/submit-review";
import { buildPositions } from "@/lib/positions/build";
import { loadPositionFacts } from "@/lib/positions/load";
import { buildTimeline } from "@/lib/timeline/build";
import { loadTimelineFacts } from "@/lib/timeline/load";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

describe.each(PROVIDERS)("[%s] progress, settings, timeline and positions", (provider) => {
  let t: TestDatabase;
  let alice: string;
  let bob: string;
  let setId: string;

  beforeAll(async () => {
    t = await freshDatabase(provider);
    await seedFixtureCorpus(t.db);
    alice = (await t.db.user.create({ data: { email: "a@example.com", name: "Alice", passwordHash: "x" } })).id;
    bob = (await t.db.user.create({ data: { email: "b@example.com", name: "Bob", passwordHash: "x" } })).id;
    setId = (await t.db.cardSet.findUniqueOrThrow({ where: { slug: "builtin-doc-fixture-talks" } })).id;
  });
  afterAll(async () => t.drop());

  it("validates and saves study settings", async () => {
    expect(studySettingsSchema.safeParse({ desiredRetention: 0.5, newPerDay: 10, reviewsPerDay: 100, timeZone: "Asia/Tokyo" }).success).toBe(false);
    expect(studySettingsSchema.safeParse({ desiredRetention: 0.9, newPerDay: 10, reviewsPerDay: 100, timeZone: "Mars/Olympus" }).success).toBe(false);
    const input = studySettingsSchema.parse({ desiredRetention: 0.85, newPerDay: 5, reviewsPerDay: 50, timeZone: "Europe/Berlin" });
    expect(await updateStudySettings(t.db, alice, input)).toEqual({ desiredRetention: 0.85, newPerDay: 5, reviewsPerDay: 50, timeZone: "Europe/Berlin", siblingsSameDay: false });
    expect(studySettingsSchema.safeParse({ ...input, siblingsSameDay: "yes" }).success).toBe(false);
    expect(await updateStudySettings(t.db, alice, { ...input, siblingsSameDay: true })).toMatchObject({ siblingsSameDay: true });
    expect(await updateStudySettings(t.db, alice, input)).toMatchObject({ siblingsSameDay: true });
    await updateStudySettings(t.db, alice, { ...input, siblingsSameDay: false });
  });

  it("counts due cards per set and fills the dashboard from the learner's own reviews only", async () => {
    const now = new Date();
    const before = (await setDueCounts(t.db, alice, now)).find((s) => s.id === setId);
    expect(before?.due.new).toBe(5);
    const cards = await t.db.setCard.findMany({ where: { setId }, orderBy: { position: "asc" }, take: 3 });
    for (const [i, c] of cards.entries()) await submitReview(t.db, alice, { cardId: c.cardId, rating: i === 0 ? "again" : "good", idempotencyKey: `dash-${i}-abcdef`, durationMs: 2000 }, now);
    const after = (await setDueCounts(t.db, alice, now)).find((s) => s.id === setId);
    expect(after?.due.new).toBe(2);
    expect(after?.due.learning).toBe(3);
    const mine = await loadDashboard(t.db, alice, now);
    expect(mine.totals).toMatchObject({ reviews30: 3, cardsStarted: 3 });
    expect(mine.perDay.reduce((n, d) => n + d.total, 0)).toBe(3);
    expect(mine.perDay.at(-1)).toMatchObject({ again: 1, passed: 2 });
    expect(mine.forecast.reduce((n, d) => n + d.due, 0)).toBe(3);
    expect(mine.mastery.find((m) => m.id === setId)).toMatchObject({ young: 3, mature: 0 });
    const theirs = await loadDashboard(t.db, bob, now);
    expect(theirs.totals).toMatchObject({ reviews30: 0, cardsStarted: 0, retention: null });
    expect(theirs.mastery).toEqual([]);
  });

  it("groups dated facts by year and month, filters by actor, and fills the positions matrix", async () => {
    const facts = await loadTimelineFacts(t.db, null);
    const all = buildTimeline(facts);
    expect(all.years.map((y) => y.year)).toEqual(["2017", "2018", "2019"]);
    expect(all.years[1]!.months.map((m) => m.month)).toEqual(["04", "06", "09"]);
    expect(all.years.flatMap((y) => y.months.flatMap((m) => m.facts)).every((f) => f.cardCount > 0)).toBe(true);
    const us = buildTimeline(facts, "米国");
    expect(us.years.flatMap((y) => y.months.flatMap((m) => m.facts)).every((f) => f.actors.includes("米国"))).toBe(true);
    const positions = await loadPositionFacts(t.db, null);
    const matrix = buildPositions(positions);
    expect(matrix.sides.length).toBeGreaterThan(0);
    expect(matrix.topics).toEqual(expect.arrayContaining(["非核化", "制裁"]));
    // Every position shows up in some cell, with a short summary.
    const shown = Object.values(matrix.cells).flatMap((row) => Object.values(row).flat());
    expect(new Set(shown.map((f) => f.id))).toEqual(new Set(positions.map((f) => f.id)));
    expect(shown.every((f) => [...f.summary].length <= 40)).toBe(true);
  });
});
