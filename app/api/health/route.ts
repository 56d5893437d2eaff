// Liveness, and the bare-route baseline of `npm run bench`: constant JSON, no session, no DB.
import { route } from "@/lib/http/handler";

export const dynamic = "force-static";

export const GET = route({ auth: "public" }, async () => Response.json({ ok: true }));
