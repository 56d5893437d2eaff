import { apiRequirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/handler";
import { deleteSet, setUpdateSchema, updateSet } from "@/lib/sets/manage-set";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ setId: string }> };

export const PATCH = route(async (req, { params }: Ctx) => {
  const user = await apiRequirePermission("set:create");
  const input = await readJson(req, setUpdateSchema, 8 * 1024);
  return Response.json(await updateSet(db, user.id, (await params).setId, input));
});

export const DELETE = route(async (_req, { params }: Ctx) => {
  const user = await apiRequirePermission("set:create");
  await deleteSet(db, user.id, (await params).setId);
  return new Response(null, { status: 204 });
});
