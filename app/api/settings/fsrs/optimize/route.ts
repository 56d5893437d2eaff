import { db } from "@/lib/db/client";
import { route } from "@/lib/http/handler";
import { optimizeParameters } from "@/lib/study/optimize-parameters";
import { LIMITS } from "@/lib/throttle/route-limits";

export const dynamic = "force-dynamic";

/** Fits FSRS weights to the learner's own reviews and proposes them; nothing is stored. */
export const POST = route({ auth: "user", limit: LIMITS.optimizeFsrs }, async ({ viewer }) => {
  return Response.json(await optimizeParameters(db, viewer.id));
});
