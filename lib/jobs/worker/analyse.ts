// The heavy part of a job, run by the worker only (in its analysis thread): ingest the input
// (decode, HTML/PDF to text, clean), check that it is Japanese, then run extraction. Pure
// apart from the analyser it loads; everything it finds wrong ends the job with a JobFailure.
import { runExtraction } from "@/lib/extract/run";
import type { CleanedDocument, ExtractedFact } from "@/lib/facts/types";
import { IngestError } from "@/lib/ingest/errors";
import { ingestDocument, type IngestedDocument, type IngestInput } from "@/lib/ingest/ingest";
import { JobFailure, type JobStatus } from "../status";

export type AnalysisRequest =
  | { kind: "import"; input: IngestInput }
  | { kind: "reextract"; cleaned: CleanedDocument; publishedAt: string | null; title?: string | null };

export interface AnalysisResult {
  /** Imports only: the document as it will be stored. */
  ingested: IngestedDocument | null;
  facts: ExtractedFact[];
}

export type StageListener = (stage: Extract<JobStatus, "analysing" | "extracting">) => void;

export async function analyse(request: AnalysisRequest, onStage: StageListener = () => {}): Promise<AnalysisResult> {
  onStage("analysing");
  let ingested: IngestedDocument | null = null;
  let cleaned: CleanedDocument;
  let publishedAt: string | null;
  let title: string | null;
  if (request.kind === "import") {
    try {
      ingested = await ingestDocument(request.input);
    } catch (error) {
      if (error instanceof IngestError) throw new JobFailure(error.code, error.message);
      throw error;
    }
    cleaned = ingested.cleaned;
    publishedAt = ingested.publishedAt;
    title = ingested.title;
  } else {
    cleaned = request.cleaned;
    publishedAt = request.publishedAt;
    title = request.title ?? null;
  }
  onStage("extracting");
  const facts = await runExtraction(cleaned, { publishedAt: publishedAt ?? undefined, title });
  return { ingested, facts };
}
