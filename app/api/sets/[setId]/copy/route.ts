// Copy a set one can see (or reach by share code: body {shareCode}) into a new private set.
import { z } from "zod";
import { apiRequirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { readJson, route } from "@/lib/http/handler";
import { getSetForUser } from "@/lib/sets/get-for-user";
import { copySet } from "@/lib/sets/manage-set";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ setId: string }> };

export const POST = route(async (req, { params }: Ctx) => {
  const user = await apiRequirePermission("set:create");
  const { shareCode } = await readJson(req, z.object({ shareCode: z.string().max(64).optional() }), 1024);
  const { setId } = await params;
  const visible = await getSetForUser(db, setId, user.id);
  if (!visible && !shareCode) throw new HttpError(404, "set_not_found", "No such set.");
  return Response.json(await copySet(db, user.id, { shareCode }, visible?.id ?? null), { status: 201 });
});
