// POST /api/documents/:id/extract — run extraction again (reviewed facts are kept), as a
// background job: 202 with its id, which the reader polls at /api/jobs/:id.
import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { requireDocumentReviewer } from "@/lib/facts/review-guard";
import { pathParams, route } from "@/lib/http/handler";
import { enqueueReextract } from "@/lib/jobs/enqueue-reextract";
import { ensureIngestWorker } from "@/lib/jobs/spawn-worker";

export const POST = route({ auth: "fact:review", params: pathParams("id") }, async ({ viewer, params }) => {
  const doc = await requireDocumentReviewer(db, viewer, params.id);
  const job = await enqueueReextract(db, doc.id, viewer.id);
  ensureIngestWorker(db);
  return NextResponse.json({ job }, { status: 202 });
});
