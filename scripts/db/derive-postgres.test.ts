import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { schemaPath } from "@/lib/db/paths";
import { derivePostgresSchema } from "./derive-postgres";

describe("derivePostgresSchema", () => {
  it("keeps the committed PostgreSQL schema in step with the SQLite one", () => {
    const derived = derivePostgresSchema(fs.readFileSync(schemaPath("sqlite"), "utf8"));
    expect(fs.readFileSync(schemaPath("postgresql"), "utf8")).toBe(derived);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).not.toContain('"sqlite"');
  });
  it("fails loudly when the source no longer has what it rewrites", () => {
    expect(() => derivePostgresSchema("datasource db { provider = \"mysql\" }")).toThrow(/no longer has/);
  });
});
