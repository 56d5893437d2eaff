// Copy a set one can see (or reach by share code: body {shareCode}) into a new private set.
import { z } from "zod";
import { db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { pathParams, route } from "@/lib/http/handler";
import { getSetForUser } from "@/lib/sets/get-for-user";
import { copySet } from "@/lib/sets/manage-set";

export const dynamic = "force-dynamic";

const schema = z.object({ shareCode: z.string().max(64).optional() });

export const POST = route({ auth: "set:create", params: pathParams("setId"), body: schema, bodyLimit: 1024 }, async ({ viewer, params, body }) => {
  const visible = await getSetForUser(db, params.setId, viewer.id);
  if (!visible && !body.shareCode) throw new HttpError(404, "set_not_found", "No such set.");
  return Response.json(await copySet(db, viewer.id, { shareCode: body.shareCode }, visible?.id ?? null), { status: 201 });
});
