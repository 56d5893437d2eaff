import { db } from "@/lib/db/client";
import { pathParams, route } from "@/lib/http/handler";
import { deleteSet, setUpdateSchema, updateSet } from "@/lib/sets/manage-set";

export const dynamic = "force-dynamic";

const params = pathParams("setId");

export const PATCH = route({ auth: "set:create", params, body: setUpdateSchema, bodyLimit: 8 * 1024 }, async ({ viewer, params, body }) => {
  return Response.json(await updateSet(db, viewer.id, params.setId, body));
});

export const DELETE = route({ auth: "set:create", params }, async ({ viewer, params }) => {
  await deleteSet(db, viewer.id, params.setId);
  return new Response(null, { status: 204 });
});
