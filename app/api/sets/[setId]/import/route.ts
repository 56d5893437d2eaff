import { z } from "zod";
import { db } from "@/lib/db/client";
import { pathParams, route } from "@/lib/http/handler";
import { importIntoSet, MAX_IMPORT_BYTES } from "@/lib/sets/interchange";

export const dynamic = "force-dynamic";

const schema = z.object({ text: z.string().min(1), format: z.enum(["auto", "tsv", "csv"]).default("auto") });

export const POST = route({ auth: "set:create", params: pathParams("setId"), body: schema, bodyLimit: MAX_IMPORT_BYTES + 1024 }, async ({ viewer, params, body }) => {
  return Response.json(await importIntoSet(db, viewer.id, params.setId, body.text, body.format), { status: 201 });
});
