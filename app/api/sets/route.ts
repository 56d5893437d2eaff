import { db } from "@/lib/db/client";
import { route } from "@/lib/http/handler";
import { listVisibleSets } from "@/lib/sets/list-visible";
import { createSet, setFieldsSchema } from "@/lib/sets/manage-set";

export const dynamic = "force-dynamic";

export const GET = route({ auth: "user" }, async ({ viewer }) => {
  return Response.json({ sets: await listVisibleSets(db, viewer.id) });
});

export const POST = route({ auth: "set:create", body: setFieldsSchema, bodyLimit: 8 * 1024 }, async ({ viewer, body }) => {
  return Response.json(await createSet(db, viewer.id, body), { status: 201 });
});
