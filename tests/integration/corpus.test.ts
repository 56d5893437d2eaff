import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedBuiltinCorpus } from "@/lib/corpus/seed-builtin";
import { listDocuments } from "@/lib/documents/queries";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

describe.each(PROVIDERS)("[%s] built-in corpus", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(provider);
  });
  afterAll(async () => t.drop());

  it("loads the two sample documents with their metadata, and a second load duplicates nothing", async () => {
    expect(await seedBuiltinCorpus(t.db)).toEqual({ created: 2, updated: 0 });
    expect(await seedBuiltinCorpus(t.db)).toEqual({ created: 0, updated: 0 });
    const docs = await listDocuments(t.db, null);
    expect(docs).toHaveLength(2);
    const article = docs.find((d) => d.slug === "us-dprk-talks-stalled-2019-12-10");
    expect(article).toMatchObject({ publishedAt: "2019-12-10", publishedPrecision: "day", origin: "builtin" });
    expect(article?.title).toContain("米朝非核化交渉");
  });
});
