import { db } from "@/lib/db/client";
import { route } from "@/lib/http/handler";
import { applyParameters, applyParametersSchema, resetParameters } from "@/lib/study/apply-parameters";

export const dynamic = "force-dynamic";

/** Applies FSRS weights the learner confirmed (their own only). */
export const PUT = route({ auth: "user", body: applyParametersSchema, bodyLimit: 2048 }, async ({ viewer, body }) => {
  return Response.json(await applyParameters(db, viewer.id, body));
});

/** Back to the default weights. */
export const DELETE = route({ auth: "user" }, async ({ viewer }) => {
  return Response.json(await resetParameters(db, viewer.id));
});
