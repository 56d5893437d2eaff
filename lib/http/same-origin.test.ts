import { describe, expect, it } from "vitest";
import { assertSameOrigin } from "./same-origin";

const req = (method: string, headers: Record<string, string>) => new Request("http://app.test/api/x", { method, headers });
const policy = { publicUrl: "http://app.test", trustProxy: false };

describe("assertSameOrigin", () => {
  it("lets reads, writes from the public URL and non-browser writes through", () => {
    expect(() => assertSameOrigin(req("GET", { origin: "https://evil.test" }), policy)).not.toThrow();
    expect(() => assertSameOrigin(req("POST", { origin: "http://app.test" }), policy)).not.toThrow();
    expect(() => assertSameOrigin(req("POST", {}), policy)).not.toThrow();
  });
  it("refuses a write from another origin, including another port of the same site", () => {
    for (const origin of ["https://evil.test", "http://app.test:8080", "null", "https://app.test"]) {
      expect(() => assertSameOrigin(req("DELETE", { origin }), policy)).toThrow(expect.objectContaining({ status: 403 }));
    }
  });
  it("compares with the configured URL, not with the Host a rebinding page controls", () => {
    expect(() => assertSameOrigin(req("POST", { origin: "http://rebound.test", host: "rebound.test" }), policy)).toThrow(expect.objectContaining({ status: 403 }));
  });
  it("believes X-Forwarded-Host only behind a trusted proxy", () => {
    const forwarded = req("POST", { origin: "https://public.example", "x-forwarded-host": "public.example", "x-forwarded-proto": "https" });
    expect(() => assertSameOrigin(forwarded, policy)).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => assertSameOrigin(forwarded, { ...policy, trustProxy: true })).not.toThrow();
  });
});
