// POST /api/documents/:id/extract — run extraction again (reviewed facts are kept), as a
// background job: 202 with its id, which the reader polls at /api/jobs/:id.
import { NextResponse } from "next/server";
import { apiRequirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { requireDocumentReviewer } from "@/lib/documents/guards";
import { route } from "@/lib/http/handler";
import { enqueueReextract } from "@/lib/jobs/enqueue-reextract";
import { ensureIngestWorker } from "@/lib/jobs/spawn-worker";

export const POST = route(async (_req, { params }: { params: Promise<{ id: string }> }) => {
  const user = await apiRequirePermission("fact:review");
  const doc = await requireDocumentReviewer(db, user, (await params).id);
  const job = await enqueueReextract(db, doc.id, user.id);
  ensureIngestWorker(db);
  return NextResponse.json({ job }, { status: 202 });
});
