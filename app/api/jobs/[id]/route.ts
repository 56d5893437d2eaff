// GET /api/jobs/:id — an import's or re-extraction's progress, for the user who started it.
// A job no worker holds (queued, or left by a worker that died) starts one here: polling
// alone brings a stalled job back to life.
import { NextResponse } from "next/server";
import { apiRequireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { route } from "@/lib/http/handler";
import { getJobView } from "@/lib/jobs/job-view";
import { ensureIngestWorker } from "@/lib/jobs/spawn-worker";

export const GET = route(async (_req, { params }: { params: Promise<{ id: string }> }) => {
  const user = await apiRequireUser();
  const job = await getJobView(db, (await params).id, user.id);
  if (job.waiting) ensureIngestWorker(db);
  return NextResponse.json({ job }, { headers: { "cache-control": "no-store" } });
});
