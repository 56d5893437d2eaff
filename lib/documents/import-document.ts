// An instructor's upload or paste: ingest and extract in memory first, then store the
// document and its (pending) facts in one transaction — a failure stores nothing.
import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";
import { runExtraction } from "@/lib/extract/run";
import { factFingerprint } from "@/lib/facts/fingerprint";
import { factRowData } from "@/lib/facts/fact-row";
import { HttpError } from "@/lib/http/errors";
import { IngestError } from "@/lib/ingest/errors";
import { ingestDocument, type IngestInput } from "@/lib/ingest/ingest";
import { contentHash } from "./content-hash";
import { toJson } from "@/lib/db/json";

const INGEST_STATUS: Record<IngestError["code"], number> = {
  empty: 400,
  binary: 415,
  too_large: 413,
  encoding: 415,
  no_text_layer: 422,
  unsupported: 415,
};

function precisionOf(date: string | null): "year" | "month" | "day" | null {
  if (!date) return null;
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

export function slugFor(title: string): string {
  const ascii = title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return `${ascii || "doc"}-${crypto.randomBytes(4).toString("hex")}`;
}

export async function importDocument(db: Db, input: IngestInput & { origin: "upload" | "paste" }, userId: string) {
  let ingested;
  try {
    ingested = await ingestDocument(input);
  } catch (error) {
    if (error instanceof IngestError) throw new HttpError(INGEST_STATUS[error.code], error.code, error.message);
    throw error;
  }
  const hash = contentHash(ingested.rawText);
  const duplicate = await db.document.findUnique({ where: { contentHash: hash }, select: { slug: true } });
  if (duplicate) throw new HttpError(409, "duplicate", "This document is already in the library.", { slug: duplicate.slug });

  const facts = await runExtraction(ingested.cleaned, { publishedAt: ingested.publishedAt ?? undefined });
  const title = ingested.title?.trim() || ingested.cleaned.text.slice(0, 40).replace(/\s+/g, " ");
  const created = await db.$transaction(async (tx) => {
    const doc = await tx.document.create({
      data: {
        slug: slugFor(title),
        title,
        publisher: ingested.publisher,
        publishedAt: ingested.publishedAt,
        publishedPrecision: precisionOf(ingested.publishedAt),
        origin: input.origin,
        format: ingested.format,
        contentHash: hash,
        rawText: ingested.rawText,
        text: ingested.cleaned.text,
        annotations: toJson({ ruby: ingested.cleaned.ruby, blocks: ingested.cleaned.blocks }),
        createdById: userId,
        extractedAt: new Date(),
      },
      select: { id: true, slug: true, title: true },
    });
    await tx.fact.createMany({
      data: facts.map((f) => factRowData(doc.id, f, { fingerprint: factFingerprint(f), status: "pending" })),
    });
    return doc;
  });
  return { ...created, facts: facts.length };
}
