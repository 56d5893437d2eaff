import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpError } from "@/lib/http/errors";
import { DEFAULT_FSRS_PARAMETERS, FSRS_PARAMETER_COUNT, MIN_REVIEWS_TO_OPTIMIZE, fsrsParametersSchema } from "@/lib/srs/parameters";
import { applyParameters, applyParametersSchema, resetParameters } from "@/lib/study/apply-parameters";
import { countReviews } from "@/lib/study/count-reviews";
import { loadStudySettings } from "@/lib/study/load-queue";
import { optimizeParameters, type OptimizationProposal } from "@/lib/study/optimize-parameters";
import { submitReview } from "@/lib/study/submit-review";
import { seedSyntheticReviews } from "@/lib/study/test-support";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

const stored = async (t: TestDatabase, id: string) => (await t.db.user.findUniqueOrThrow({ where: { id }, select: { fsrsParameters: true } })).fsrsParameters;

describe.each(PROVIDERS)("[%s] FSRS parameters fitted to a learner's reviews", (provider) => {
  let t: TestDatabase;
  let alice: string;
  let bob: string;
  let seeded: { setId: string; reviews: number };
  let freshCards: string[];
  let proposal: OptimizationProposal;

  beforeAll(async () => {
    t = await freshDatabase(provider);
    alice = (await t.db.user.create({ data: { email: "alice@example.com", name: "Alice", passwordHash: "x" } })).id;
    bob = (await t.db.user.create({ data: { email: "bob@example.com", name: "Bob", passwordHash: "x" } })).id;
    seeded = await seedSyntheticReviews(t.db, alice, { cards: 90, reviewsPerCard: 4, until: new Date("2026-03-01T00:00:00Z") });
    // Cards of Alice's synthetic set she has never reviewed since: seedSyntheticReviews wrote logs, not states.
    freshCards = (await t.db.setCard.findMany({ where: { setId: seeded.setId }, orderBy: { position: "asc" }, select: { cardId: true } })).map((c) => c.cardId);
  });
  afterAll(async () => t.drop());

  it("counts only the learner's own live reviews, and refuses to optimize below the minimum", async () => {
    expect(seeded.reviews).toBeGreaterThanOrEqual(MIN_REVIEWS_TO_OPTIMIZE);
    expect(await countReviews(t.db, alice)).toBe(seeded.reviews);
    expect(await countReviews(t.db, bob)).toBe(0);
    const refused = await optimizeParameters(t.db, bob).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HttpError);
    expect(refused).toMatchObject({ status: 422, code: "not_enough_reviews", details: { reviews: 0, minimum: MIN_REVIEWS_TO_OPTIMIZE } });
  });

  it("fits a valid FSRS-6 parameter vector from the review log, with its effect, and stores nothing", async () => {
    proposal = await optimizeParameters(t.db, alice);
    expect(proposal.reviewCount).toBe(seeded.reviews);
    expect(proposal.itemCount).toBeGreaterThan(200);
    expect(proposal.proposed.parameters).toHaveLength(FSRS_PARAMETER_COUNT);
    expect(fsrsParametersSchema.safeParse(proposal.proposed.parameters).success).toBe(true);
    expect(proposal.current).toMatchObject({ isDefault: true, parameters: [...DEFAULT_FSRS_PARAMETERS] });
    // The simulated learner forgets faster than the defaults assume: the fit says so and predicts them better.
    expect(proposal.proposed.parameters).not.toEqual(proposal.current.parameters);
    expect(proposal.proposed.parameters[2]!).toBeLessThan(DEFAULT_FSRS_PARAMETERS[2]!);
    expect(proposal.proposed.logLoss).toBeLessThan(proposal.current.logLoss);
    expect(Number.isFinite(proposal.proposed.rmse) && Number.isFinite(proposal.current.rmse)).toBe(true);
    expect(proposal.proposed.intervals).toHaveLength(6);
    expect(proposal.proposed.intervals[0]!).toBeLessThanOrEqual(proposal.current.intervals[0]!);
    expect(await stored(t, alice)).toBeNull();
    expect((await loadStudySettings(t.db, alice)).fsrsParameters).toBeNull();
  });

  it("schedules with the defaults until the learner applies the proposal, and with it after", async () => {
    const now = new Date("2026-03-02T01:00:00Z");
    const before = await submitReview(t.db, alice, { cardId: freshCards[0]!, rating: "good", idempotencyKey: "fsrs-before-1", durationMs: 2000 }, now);
    expect(before.state.stability).toBeCloseTo(DEFAULT_FSRS_PARAMETERS[2]!, 4);

    const body = applyParametersSchema.parse(JSON.parse(JSON.stringify({ parameters: proposal.proposed.parameters })));
    await applyParameters(t.db, alice, body);
    expect(JSON.parse((await stored(t, alice))!)).toEqual(proposal.proposed.parameters);
    expect((await loadStudySettings(t.db, alice)).fsrsParameters).toEqual(proposal.proposed.parameters);

    const after = await submitReview(t.db, alice, { cardId: freshCards[1]!, rating: "good", idempotencyKey: "fsrs-after-1", durationMs: 2000 }, now);
    expect(after.state.stability).toBeCloseTo(proposal.proposed.parameters[2]!, 4);
    // Nobody else's scheduling moved.
    expect(await stored(t, bob)).toBeNull();

    // Optimizing again starts from the applied weights.
    const again = await optimizeParameters(t.db, alice);
    expect(again.current).toMatchObject({ isDefault: false, parameters: proposal.proposed.parameters });
  });

  it("refuses bad weights without changing anything, and resets to the defaults", async () => {
    const bad = [[1, 2, 3], [...DEFAULT_FSRS_PARAMETERS.slice(0, 20), 9], [...DEFAULT_FSRS_PARAMETERS.slice(0, 20), "0.1"], null];
    for (const parameters of bad) expect(applyParametersSchema.safeParse({ parameters }).success).toBe(false);
    expect(JSON.parse((await stored(t, alice))!)).toEqual(proposal.proposed.parameters);

    await resetParameters(t.db, alice);
    expect(await stored(t, alice)).toBeNull();
    const reviewed = await submitReview(t.db, alice, { cardId: freshCards[2]!, rating: "good", idempotencyKey: "fsrs-reset-1", durationMs: 2000 }, new Date("2026-03-02T02:00:00Z"));
    expect(reviewed.state.stability).toBeCloseTo(DEFAULT_FSRS_PARAMETERS[2]!, 4);
  });
});
