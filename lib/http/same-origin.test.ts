import { describe, expect, it } from "vitest";
import { assertSameOrigin } from "./same-origin";

const req = (method: string, headers: Record<string, string>) => new Request("http://app.test/api/x", { method, headers });

describe("assertSameOrigin", () => {
  it("lets reads, same-origin writes and non-browser writes through", () => {
    expect(() => assertSameOrigin(req("GET", { origin: "https://evil.test", host: "app.test" }))).not.toThrow();
    expect(() => assertSameOrigin(req("POST", { origin: "http://app.test", host: "app.test" }))).not.toThrow();
    expect(() => assertSameOrigin(req("POST", { host: "app.test" }))).not.toThrow();
  });
  it("refuses a write from another origin, including another port of the same site", () => {
    for (const origin of ["https://evil.test", "http://app.test:8080", "null"]) {
      expect(() => assertSameOrigin(req("DELETE", { origin, host: "app.test" }))).toThrow(expect.objectContaining({ status: 403 }));
    }
  });
});
