import { describe, expect, it } from "vitest";
import { parseDatabaseUrl, pgConfigFromUrl, redact } from "./provider";

describe("parseDatabaseUrl", () => {
  it("resolves SQLite paths against the working directory", () => {
    expect(parseDatabaseUrl("file:./data/app.db", "/srv/app")).toEqual({ provider: "sqlite", url: "file:/srv/app/data/app.db", file: "/srv/app/data/app.db" });
  });
  it("recognises PostgreSQL and insists on a database name", () => {
    expect(parseDatabaseUrl("postgres://u@h/db").provider).toBe("postgresql");
    expect(() => parseDatabaseUrl("postgresql://u@h")).toThrow(/names no database/);
  });
  it("refuses other schemes without echoing passwords", () => {
    expect(() => parseDatabaseUrl("mysql://u:secret@h/db")).toThrow(/file: \(SQLite\) or postgresql/);
    expect(redact("postgresql://u:secret@h/db")).toBe("postgresql://u:***@h/db");
  });
  it("turns a URL into discrete pg settings so a database override wins", () => {
    expect(pgConfigFromUrl("postgresql://u:p%40ss@db.example:6543/app?sslmode=require")).toMatchObject({
      host: "db.example",
      port: 6543,
      user: "u",
      password: "p@ss",
      database: "app",
      ssl: { rejectUnauthorized: false },
    });
  });
});
