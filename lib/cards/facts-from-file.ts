// A document file → the inputs of generateCards, as the app would make them: ingested like an
// upload (lib/ingest), extracted (lib/extract), every fact treated as approved. Used by the
// cards CLI and the corpus tests.
import { factFingerprint, runExtraction } from "@/lib/extract";
import { ingestDocument } from "@/lib/ingest/ingest";
import { rubyReadingsOf } from "./from-rows";
import { stableKey } from "./random";
import type { RubyReading, SourceFact } from "./types";

export interface FileFacts {
  documentId: string;
  title: string | null;
  publishedAt: string | null;
  text: string;
  facts: SourceFact[];
  ruby: RubyReading[];
}

export async function factsFromFile(bytes: Uint8Array, filename: string, publishedAt: string | null = null): Promise<FileFacts> {
  const doc = await ingestDocument({ bytes, filename, publishedAt });
  const documentId = `doc_${stableKey([doc.cleaned.text])}`;
  const extracted = await runExtraction(doc.cleaned, { publishedAt: doc.publishedAt ?? undefined, title: doc.title });
  const facts = extracted.map((fact) => ({ ...fact, id: `fact_${stableKey([documentId, factFingerprint(fact)])}`, documentId }));
  return {
    documentId,
    title: doc.title,
    publishedAt: doc.publishedAt,
    text: doc.cleaned.text,
    facts,
    ruby: rubyReadingsOf(documentId, doc.cleaned.text, { ruby: doc.cleaned.ruby }),
  };
}
