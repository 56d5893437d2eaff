// Typed ingestion failures: each has a code the UI and the CLI can act on.

export const INGEST_ERROR_CODES = ["empty", "binary", "too_large", "encoding", "no_text_layer", "unsupported", "not_japanese"] as const;
export type IngestErrorCode = (typeof INGEST_ERROR_CODES)[number];

export class IngestError extends Error {
  readonly code: IngestErrorCode;

  constructor(code: IngestErrorCode, message: string) {
    super(message);
    this.name = "IngestError";
    this.code = code;
  }
}

export function isIngestError(error: unknown): error is IngestError {
  return error instanceof IngestError;
}
