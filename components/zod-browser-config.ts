// In the browser, zod must not probe for eval: the probe's `new Function` is refused by our CSP (no
// unsafe-eval) and reported as a violation even though zod catches it. Imported by each client
// component that brings zod to the browser (a unit test checks it), so it runs before any schema
// parses there — and zod (~30 KB compressed) is not loaded on pages that never use it (issue 12).
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });
