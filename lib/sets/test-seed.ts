// For integration tests: a small built-in document with approved facts (the lib/cards
// fixtures), then the built-in cards and sets made from it.
import crypto from "node:crypto";
import { factRowData } from "@/lib/facts/fact-row";
import { FIXTURE_FACTS, FIXTURE_RUBY, FIXTURE_TEXT } from "@/lib/cards/test-fixtures";
import type { Db } from "@/lib/db/client";
import { syncBuiltinSets } from "./builtin";

export async function seedFixtureCorpus(db: Db, slug = "fixture-talks") {
  const doc = await db.document.create({
    data: {
      slug,
      title: "米朝交渉の経緯（テスト）",
      origin: "builtin",
      format: "txt",
      contentHash: crypto.createHash("sha256").update(slug + FIXTURE_TEXT).digest("hex"),
      rawText: FIXTURE_TEXT,
      text: FIXTURE_TEXT,
      annotations: { ruby: FIXTURE_RUBY.map((r) => ({ start: r.start, end: r.end, reading: r.reading })), blocks: [] },
    },
  });
  const ids = new Map<string, string>();
  for (const f of FIXTURE_FACTS) {
    const row = await db.fact.create({ data: factRowData(doc.id, f, { fingerprint: f.id, status: "approved" }) });
    ids.set(f.id, row.id);
  }
  const synced = await syncBuiltinSets(db);
  return { document: doc, factIds: ids, synced };
}
