import { z } from "zod";
import { apiRequirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/handler";
import { importIntoSet, MAX_IMPORT_BYTES } from "@/lib/sets/interchange";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ setId: string }> };

const schema = z.object({ text: z.string().min(1), format: z.enum(["auto", "tsv", "csv"]).default("auto") });

export const POST = route(async (req, { params }: Ctx) => {
  const user = await apiRequirePermission("set:create");
  const { text, format } = await readJson(req, schema, MAX_IMPORT_BYTES + 1024);
  return Response.json(await importIntoSet(db, user.id, (await params).setId, text, format), { status: 201 });
});
