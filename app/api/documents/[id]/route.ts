// PATCH /api/documents/:id {published} — the uploader publishes or unpublishes their document.
import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { publishSchema, setDocumentPublished } from "@/lib/documents/publish-document";
import { pathParams, route } from "@/lib/http/handler";

export const PATCH = route({ auth: "document:upload", params: pathParams("id"), body: publishSchema, bodyLimit: 256 }, async ({ viewer, params, body }) => {
  return NextResponse.json({ document: await setDocumentPublished(db, viewer, params.id, body.published) });
});
