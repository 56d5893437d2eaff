import { HttpError } from "./errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface OriginPolicy {
  /** The app's configured public URL (NEXTAUTH_URL). */
  publicUrl: string;
  /** Behind a trusted reverse proxy, the host it forwards (X-Forwarded-Host) counts as ours too. */
  trustProxy: boolean;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Refuses a state-changing request that a browser sent from another origin (the session
 * cookie is SameSite=Lax, which still lets same-site pages on other ports or subdomains send
 * it). "Ours" is the configured public URL — not the Host header, which a DNS-rebinding page
 * controls — and, only with TRUST_PROXY, the forwarded host. Requests without an Origin header
 * (not from a browser page) pass.
 */
export function assertSameOrigin(req: Request, policy: OriginPolicy): void {
  if (SAFE_METHODS.has(req.method)) return;
  const origin = req.headers.get("origin");
  if (!origin) return;
  const theirs = origin === "null" ? null : originOf(origin);
  const ours = new Set([originOf(policy.publicUrl)]);
  const forwardedHost = req.headers.get("x-forwarded-host");
  if (policy.trustProxy && forwardedHost) {
    const proto = req.headers.get("x-forwarded-proto") ?? "https";
    ours.add(originOf(`${proto}://${forwardedHost}`));
  }
  if (!theirs || !ours.has(theirs)) throw new HttpError(403, "cross_origin", "Requests from other sites are refused.");
}
