// POST /api/documents's work: the checks a request can afford (size, format, encoding, and for
// plain text and Markdown a duplicate of a stored or queued document), then the job. Converting
// HTML or PDF, cleaning and extraction are the worker's: measured, a 1 MB HTML page takes a minute
// and a 50-page PDF several seconds and hundreds of MB, which a web server must not spend in a request.
import type { Db } from "@/lib/db/client";
import { contentHash } from "@/lib/documents/content-hash";
import { HttpError } from "@/lib/http/errors";
import { decodeText } from "@/lib/ingest/decode";
import { INGEST_HTTP_STATUS, IngestError } from "@/lib/ingest/errors";
import { detectFormat, MAX_INGEST_BYTES, type IngestInput } from "@/lib/ingest/ingest";
import { markdownToText } from "@/lib/ingest/markdown";
import { FINAL_STATUSES } from "./status";

export type ImportRequest = Pick<IngestInput, "bytes" | "text" | "filename" | "title" | "publisher" | "publishedAt"> & {
  origin: "upload" | "paste";
};

function asHttp<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof IngestError) throw new HttpError(INGEST_HTTP_STATUS[error.code], error.code, error.message);
    throw error;
  }
}

/** sha256 of the raw text when it is cheap to know (plain text, Markdown); null for HTML and PDF. */
function quickHash(input: ImportRequest): string | null {
  const format = asHttp(() => detectFormat(input));
  if (format === "pdf") {
    if (!input.bytes) throw new HttpError(415, "unsupported", "A PDF must be uploaded as a file, not pasted.");
    return null;
  }
  const source = input.bytes ? asHttp(() => decodeText(input.bytes!).text) : (input.text ?? "");
  if (!source.replace(/[\s\u3000]/g, "")) throw new HttpError(400, "empty", "The document has no text.");
  if (format === "text") return contentHash(source);
  if (format === "markdown") return contentHash(markdownToText(source));
  return null;
}

export async function enqueueImport(db: Db, input: ImportRequest, userId: string) {
  const size = input.bytes ? input.bytes.byteLength : (input.text?.length ?? 0);
  if (size > MAX_INGEST_BYTES) throw new HttpError(413, "too_large", `The document is over ${MAX_INGEST_BYTES} bytes.`);
  const hash = quickHash(input);
  if (hash) {
    const stored = await db.document.findUnique({ where: { contentHash: hash }, select: { slug: true } });
    if (stored) throw new HttpError(409, "duplicate", "This document is already in the library.", { slug: stored.slug });
    const queued = await db.ingestJob.findFirst({
      where: { contentHash: hash, kind: "import", status: { notIn: [...FINAL_STATUSES] } },
      select: { id: true },
    });
    if (queued) throw new HttpError(409, "duplicate_queued", "This document is already being imported.", { jobId: queued.id });
  }
  return db.ingestJob.create({
    data: {
      kind: "import",
      createdById: userId,
      inputBytes: input.bytes ? new Uint8Array(input.bytes) : null,
      inputText: input.bytes ? null : (input.text ?? null),
      filename: input.filename ?? null,
      origin: input.origin,
      title: input.title ?? null,
      publisher: input.publisher ?? null,
      publishedAt: input.publishedAt ?? null,
      contentHash: hash,
    },
    select: { id: true, status: true },
  });
}
