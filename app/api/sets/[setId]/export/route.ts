// ?format=anki (TSV with Anki headers) | quizlet (TSV) | csv. Public: built-in and public sets
// export signed-out; a private set only for its owner.
import { db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { pathParams, route } from "@/lib/http/handler";
import { exportSet } from "@/lib/sets/interchange";

export const dynamic = "force-dynamic";

export const GET = route({ auth: "public", params: pathParams("setId") }, async ({ req, viewer, params }) => {
  const format = new URL(req.url).searchParams.get("format") ?? "anki";
  if (format !== "anki" && format !== "quizlet" && format !== "csv") throw new HttpError(400, "invalid_format", "format must be anki, quizlet or csv.");
  const { title, text } = await exportSet(db, viewer?.id ?? null, params.setId, format);
  const ext = format === "csv" ? "csv" : "txt";
  const name = `${title.replace(/[\\/:*?"<>|\s]+/g, "_").slice(0, 60) || "set"}-${format}.${ext}`;
  return new Response(text, {
    headers: {
      "content-type": `${format === "csv" ? "text/csv" : "text/tab-separated-values"}; charset=utf-8`,
      "content-disposition": `attachment; filename="set.${ext}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "cache-control": "no-store",
    },
  });
});
