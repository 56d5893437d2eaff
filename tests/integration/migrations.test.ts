import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { migrationsDir } from "@/lib/db/paths";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

describe.each(PROVIDERS)("[%s] migrations", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(provider);
  });
  afterAll(async () => t.drop());

  it("records every committed migration in _prisma_migrations, as prisma migrate deploy does", async () => {
    const committed = fs.readdirSync(migrationsDir(provider)).filter((d) => /^\d{14}_/.test(d)).sort();
    const rows = await t.db.$queryRawUnsafe<{ migration_name: string; finished_at: unknown; checksum: string }[]>(
      `SELECT migration_name, finished_at, checksum FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(committed);
    expect(rows.every((r) => r.finished_at !== null && r.checksum.length === 64)).toBe(true);
  });

  it("applies nothing the second time", async () => {
    expect(await migrate(t.target)).toEqual([]);
  });

  it("enforces foreign keys and cascades (SQLite needs the pragma per connection)", async () => {
    const doc = await t.db.document.create({
      data: { slug: "d", title: "t", origin: "paste", format: "paste", contentHash: "h", rawText: "x", text: "x", annotations: {} },
    });
    await t.db.fact.create({
      data: { documentId: doc.id, kind: "event", actors: [], statement: "s", items: [], topics: [], start: 0, end: 1, quote: "x", fingerprint: "f" },
    });
    await expect(
      t.db.fact.create({
        data: { documentId: "missing", kind: "event", actors: [], statement: "s", items: [], topics: [], start: 0, end: 1, quote: "x", fingerprint: "g" },
      }),
    ).rejects.toThrow();
    await t.db.document.delete({ where: { id: doc.id } });
    expect(await t.db.fact.count()).toBe(0);
  });
});
