import { HttpError } from "./errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a state-changing request that a browser sent from another origin (the session
 * cookie is SameSite=Lax, which still lets same-site pages on other ports or subdomains
 * send it). Requests without an Origin header (not from a browser page) pass.
 */
export function assertSameOrigin(req: Request): void {
  if (SAFE_METHODS.has(req.method)) return;
  const origin = req.headers.get("origin");
  if (!origin) return;
  let host: string | null = null;
  try {
    host = new URL(origin).host;
  } catch {
    /* "null" or garbage: not our origin */
  }
  const ours = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (!host || host !== ours) throw new HttpError(403, "cross_origin", "Requests from other sites are refused.");
}
