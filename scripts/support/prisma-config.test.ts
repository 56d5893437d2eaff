import { afterEach, describe, expect, it, vi } from "vitest";

async function configWith(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v as string);
  return (await import("../../prisma.config")).default as { datasource?: { url?: string }; schema?: string };
}

describe("prisma.config.ts", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("follows DATA_DIR when DATABASE_URL is unset or empty, as the app does", async () => {
    expect((await configWith({ DATABASE_URL: "", DATA_DIR: "/srv/genten" })).datasource?.url).toBe("file:/srv/genten/app.db");
    expect((await configWith({ DATABASE_URL: "", DATA_DIR: "" })).datasource?.url).toBe("file:data/app.db");
  });

  it("uses DATABASE_URL when it is set, and the PostgreSQL schema for a postgres URL", async () => {
    const config = await configWith({ DATABASE_URL: "postgresql://u@h/db", DATA_DIR: "/elsewhere" });
    expect(config.datasource?.url).toBe("postgresql://u@h/db");
    expect(config.schema).toBe("prisma/postgresql/schema.prisma");
  });
});
