// The README's start command refuses bad configuration with a clear message and a
// non-zero exit, before building or serving anything.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function start(env: Record<string, string>) {
  const res = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, NEXTAUTH_SECRET: "s".repeat(40), INSTRUCTOR_CODE: "code-for-tests", PORT: "3299", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: res.status, output: `${res.stdout}${res.stderr}` };
}

describe("start-up refuses bad configuration", () => {
  it("names an invalid DATABASE_URL", () => {
    const r = start({ DATABASE_URL: "mysql://user@localhost/db" });
    expect(r.status).toBe(1);
    expect(r.output).toMatch(/DATABASE_URL: must start with file: \(SQLite\) or postgresql:\/\//);
  });

  it("names a too-short NEXTAUTH_SECRET", () => {
    const r = start({ NEXTAUTH_SECRET: "short" });
    expect(r.status).toBe(1);
    expect(r.output).toMatch(/NEXTAUTH_SECRET: must be at least 32 characters/);
  });

  it("says when the data directory is not writable", () => {
    const r = start({ DATA_DIR: "/proc/genten-cannot-write-here", DATABASE_URL: "" });
    expect(r.status).toBe(1);
    expect(r.output).toMatch(/data directory \/proc\/genten-cannot-write-here is not writable/);
  });

  it("says when PostgreSQL cannot be reached, without printing the password", () => {
    const r = start({ DATABASE_URL: "postgresql://genten:topsecret@127.0.0.1:9/genten" });
    expect(r.status).toBe(1);
    expect(r.output).toMatch(/Cannot connect to postgresql:\/\/genten:\*\*\*@127\.0\.0\.1:9\/genten/);
    expect(r.output).not.toContain("topsecret");
  });
});
