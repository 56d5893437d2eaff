// Stores an ingested, extracted document and its pending facts, inside the caller's
// transaction (the ingestion worker's, or importDocument's).
import crypto from "node:crypto";
import type { DbTx } from "@/lib/db/client";
import { toJson } from "@/lib/db/json";
import { factFingerprint } from "@/lib/facts/fingerprint";
import { factRowData } from "@/lib/facts/fact-row";
import type { ExtractedFact } from "@/lib/facts/types";
import type { IngestedDocument } from "@/lib/ingest/ingest";
import { contentHash } from "./content-hash";

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

export async function createImportedDocument(
  tx: DbTx,
  ingested: IngestedDocument,
  facts: ExtractedFact[],
  { origin, userId }: { origin: "upload" | "paste"; userId: string },
) {
  const title = ingested.title?.trim() || ingested.cleaned.text.slice(0, 40).replace(/\s+/g, " ");
  const doc = await tx.document.create({
    data: {
      slug: slugFor(title),
      title,
      publisher: ingested.publisher,
      publishedAt: ingested.publishedAt,
      publishedPrecision: precisionOf(ingested.publishedAt),
      origin,
      format: ingested.format,
      contentHash: contentHash(ingested.rawText),
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
}
