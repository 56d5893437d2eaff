// Today's queue for a set (?set=<id>) or for every started card; the study screen refetches
// it when its local queue runs out.
import { db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import { route } from "@/lib/http/handler";
import { loadStudyQueue } from "@/lib/study/load-queue";

export const dynamic = "force-dynamic";

export const GET = route({ auth: "study" }, async ({ req, viewer }) => {
  const setId = new URL(req.url).searchParams.get("set");
  const loaded = await loadStudyQueue(db, viewer.id, setId && setId.length <= 64 ? setId : null);
  if (!loaded) throw new HttpError(404, "set_not_found", "No such set.");
  return Response.json(loaded, { headers: { "cache-control": "no-store" } });
});
