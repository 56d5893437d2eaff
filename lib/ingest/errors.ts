// Typed ingestion failures: each has a code the UI and the CLI can act on.

export const INGEST_ERROR_CODES = ["empty", "binary", "too_large", "encoding", "no_text_layer", "unsupported", "not_japanese"] as const;
export type IngestErrorCode = (typeof INGEST_ERROR_CODES)[number];

/** The HTTP status a request answers with when ingestion refuses its document. */
export const INGEST_HTTP_STATUS: Record<IngestErrorCode, number> = {
  empty: 400,
  binary: 415,
  too_large: 413,
  encoding: 415,
  no_text_layer: 422,
  unsupported: 415,
  not_japanese: 422,
};

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
