// An upload or paste, in one process: ingest and extract in memory first, then store the
// document and its (pending) facts in one transaction — a failure stores nothing. The app
// queues an ingestion job instead (lib/jobs); the worker stores with createImportedDocument.
import type { Db } from "@/lib/db/client";
import { runExtraction } from "@/lib/extract/run";
import { HttpError } from "@/lib/http/errors";
import { INGEST_HTTP_STATUS, IngestError } from "@/lib/ingest/errors";
import { ingestDocument, type IngestInput } from "@/lib/ingest/ingest";
import { createImportedDocument } from "./create-imported-document";
import { contentHash } from "./content-hash";

export async function importDocument(db: Db, input: IngestInput & { origin: "upload" | "paste" }, userId: string) {
  let ingested;
  try {
    ingested = await ingestDocument(input);
  } catch (error) {
    if (error instanceof IngestError) throw new HttpError(INGEST_HTTP_STATUS[error.code], error.code, error.message);
    throw error;
  }
  const hash = contentHash(ingested.rawText);
  const duplicate = await db.document.findUnique({ where: { contentHash: hash }, select: { slug: true } });
  if (duplicate) throw new HttpError(409, "duplicate", "This document is already in the library.", { slug: duplicate.slug });

  const facts = await runExtraction(ingested.cleaned, { publishedAt: ingested.publishedAt ?? undefined, title: ingested.title });
  const created = await db.$transaction((tx) => createImportedDocument(tx, ingested, facts, { origin: input.origin, userId }), {
    timeout: 120_000,
    maxWait: 20_000,
  });
  return { ...created, facts: facts.length };
}
