// POST /api/documents — an instructor uploads a file (.txt .md .html .pdf) or pastes text. The
// import is a background job (lib/jobs): 202 with its id, which the page polls at /api/jobs/:id.
import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { UPLOAD_BODY_LIMIT, uploadFieldsSchema } from "@/lib/documents/upload-schema";
import { HttpError } from "@/lib/http/errors";
import { route } from "@/lib/http/handler";
import { enqueueImport } from "@/lib/jobs/enqueue-import";
import { ensureIngestWorker } from "@/lib/jobs/spawn-worker";
import { LIMITS } from "@/lib/throttle/route-limits";

export const POST = route({ auth: "document:upload", limit: LIMITS.upload }, async ({ req, viewer }) => {
  const length = req.headers.get("content-length");
  if (!length) throw new HttpError(411, "length_required", "Send a Content-Length.");
  if (Number(length) > UPLOAD_BODY_LIMIT) throw new HttpError(413, "too_large", "The upload is over the size limit.");
  if (!(req.headers.get("content-type") ?? "").includes("multipart/form-data")) {
    throw new HttpError(415, "unsupported_media_type", "Send multipart/form-data.");
  }
  const form = await req.formData().catch(() => {
    throw new HttpError(400, "invalid_form", "The form could not be read.");
  });
  const file = form.get("file");
  const fields = uploadFieldsSchema.safeParse({
    title: form.get("title") ?? undefined,
    publisher: form.get("publisher") ?? undefined,
    publishedAt: form.get("publishedAt") ?? undefined,
    text: form.get("text") ?? undefined,
  });
  if (!fields.success) throw new HttpError(400, "invalid_input", "Some fields are invalid.", z.flattenError(fields.error).fieldErrors);
  const hasFile = file instanceof File && file.size > 0;
  const text = fields.data.text?.trim() ? fields.data.text : undefined;
  if (!hasFile && !text) throw new HttpError(400, "empty", "Choose a file or paste some text.");
  const { title, publisher, publishedAt } = fields.data;
  const job = await enqueueImport(
    db,
    hasFile
      ? { bytes: new Uint8Array(await (file as File).arrayBuffer()), filename: (file as File).name, title, publisher, publishedAt, origin: "upload" }
      : { text, title, publisher, publishedAt, origin: "paste" },
    viewer.id,
  );
  ensureIngestWorker(db);
  return NextResponse.json({ job }, { status: 202 });
});
