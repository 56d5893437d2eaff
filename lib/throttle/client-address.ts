// The client's network address, for per-address limits. Behind a trusted reverse proxy
// (TRUST_PROXY=1) it is the last X-Forwarded-For entry, the one the proxy vouches for. Otherwise
// it is the TCP peer, which instrumentation-node.ts writes into PEER_HEADER on every request,
// replacing whatever a client sent in it (X-Forwarded-For itself is the client's own word then).
export const PEER_HEADER = "x-genten-peer";

type HeaderSource = Headers | Record<string, unknown> | undefined;

function read(headers: HeaderSource, name: string): string | null {
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get(name);
  const value = headers[name];
  return typeof value === "string" ? value : Array.isArray(value) && typeof value[0] === "string" ? value[0] : null;
}

export function clientAddress(headers: HeaderSource, trustProxy: boolean): string | null {
  if (trustProxy) {
    const parts = (read(headers, "x-forwarded-for") ?? "").split(",").map((p) => p.trim()).filter(Boolean);
    return parts.at(-1) ?? null;
  }
  return read(headers, PEER_HEADER) || null;
}
