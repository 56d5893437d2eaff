// Runs before every page and API request: a fresh script nonce per request, passed to the
// rendering (Next adds it to its own scripts when the request carries the CSP) and sent with
// the other security headers.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce, STATIC_SECURITY_HEADERS } from "@/lib/http/security-headers";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Not for build assets and images (no HTML, no personal data).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.svg|.*\\.(?:svg|png|ico|woff2?)$).*)" }],
};
