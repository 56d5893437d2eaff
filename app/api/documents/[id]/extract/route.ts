// POST /api/documents/:id/extract — run extraction again; reviewed facts are kept.
import { NextResponse } from "next/server";
import { apiRequirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { extractDocument } from "@/lib/documents/extract-document";
import { requireDocumentReviewer } from "@/lib/documents/guards";
import { route } from "@/lib/http/handler";

export const POST = route(async (_req, { params }: { params: Promise<{ id: string }> }) => {
  const user = await apiRequirePermission("fact:review");
  const doc = await requireDocumentReviewer(db, user, (await params).id);
  const result = await extractDocument(db, doc.id, { autoApprove: doc.origin === "builtin" });
  return NextResponse.json({ result });
});
