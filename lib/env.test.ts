import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const SECRET = "x".repeat(32);

describe("parseEnv", () => {
  it("defaults to the SQLite file under DATA_DIR", () => {
    const env = parseEnv({ NEXTAUTH_SECRET: SECRET, DATA_DIR: "/var/lib/genten" });
    expect(env.DATABASE_URL).toBe("file:/var/lib/genten/app.db");
    expect(env.PORT).toBe(3000);
  });

  it("names each missing or invalid variable", () => {
    expect(() => parseEnv({})).toThrow(/NEXTAUTH_SECRET/);
    expect(() => parseEnv({ NEXTAUTH_SECRET: SECRET, DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must start with file:/);
    expect(() => parseEnv({ NEXTAUTH_SECRET: SECRET, PORT: "99999" })).toThrow(/PORT/);
    expect(() => parseEnv({ NEXTAUTH_SECRET: SECRET, INSTRUCTOR_CODE: "short" })).toThrow(/INSTRUCTOR_CODE/);
  });

  it("accepts PostgreSQL URLs", () => {
    expect(parseEnv({ NEXTAUTH_SECRET: SECRET, DATABASE_URL: "postgresql://u:p@localhost:5432/app" }).DATABASE_URL).toMatch(/^postgresql:/);
  });
});
