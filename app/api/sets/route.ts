import { apiRequirePermission, apiRequireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/handler";
import { listVisibleSets } from "@/lib/sets/list-visible";
import { createSet, setFieldsSchema } from "@/lib/sets/manage-set";

export const dynamic = "force-dynamic";

export const GET = route(async () => {
  const user = await apiRequireUser();
  return Response.json({ sets: await listVisibleSets(db, user.id) });
});

export const POST = route(async (req) => {
  const user = await apiRequirePermission("set:create");
  const input = await readJson(req, setFieldsSchema, 8 * 1024);
  return Response.json(await createSet(db, user.id, input), { status: 201 });
});
