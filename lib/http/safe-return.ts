// Where to go after signing in: only a path on this site. Parsed as a URL against a dummy
// origin, so tricks such as "/\evil.com" or "/\t/evil.com" (which browsers and Node treat as
// another host) fall back to the home page.
const BASE = "http://genten.invalid";

export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
