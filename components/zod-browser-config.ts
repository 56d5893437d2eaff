// In the browser, zod must not probe for eval: the probe's `new Function` is refused by our CSP (no
// unsafe-eval) and reported as a violation even though zod catches it. Imported by every page (through
// the root layout's hydration marker) so it runs before any schema parses on the client.
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });
