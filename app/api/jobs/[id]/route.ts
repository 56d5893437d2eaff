// GET /api/jobs/:id — an import's or re-extraction's progress, for the user who started it.
// A job no worker holds (queued, or left by a worker that died) starts one here: polling
// alone brings a stalled job back to life.
import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { pathParams, route } from "@/lib/http/handler";
import { getJobView } from "@/lib/jobs/job-view";
import { ensureIngestWorker } from "@/lib/jobs/spawn-worker";

export const GET = route({ auth: "user", params: pathParams("id") }, async ({ viewer, params }) => {
  const job = await getJobView(db, params.id, viewer.id);
  if (job.waiting) ensureIngestWorker(db);
  return NextResponse.json({ job });
});
