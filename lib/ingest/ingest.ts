// One document in, cleaned and described: bytes or pasted text → format → plain text → CleanedDocument
// plus title, publisher and publication date. Fails with an IngestError before anything is stored.

import { isCalendarDate } from "@/lib/validation/fields";
import type { CleanedDocument } from "@/lib/facts/types";
import { cleanText } from "./clean";
import { decodeText } from "./decode";
import { IngestError } from "./errors";
import { htmlToText } from "./html";
import { looksJapanese } from "./language";
import { readMarkdown } from "./markdown";
import { findMetadata } from "./metadata";
import { pdfToText } from "./pdf";

/** Largest upload accepted, in bytes (and, for pasted text, in characters). */
export const MAX_INGEST_BYTES = 5 * 1024 * 1024;

export const INGEST_FORMATS = ["text", "markdown", "html", "pdf"] as const;
export type IngestFormat = (typeof INGEST_FORMATS)[number];

export interface IngestInput {
  bytes?: Uint8Array;
  text?: string;
  filename?: string;
  format?: IngestFormat;
  /** Given by the user; wins over a date found in the text. YYYY, YYYY-MM or YYYY-MM-DD. */
  publishedAt?: string | null;
  title?: string | null;
  publisher?: string | null;
}

export interface IngestedDocument {
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  format: IngestFormat;
  /** The plain text before cleaning (what was decoded or extracted). */
  rawText: string;
  cleaned: CleanedDocument;
}

const EXTENSIONS: Record<string, IngestFormat> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
  pdf: "pdf",
};

export function detectFormat(input: Pick<IngestInput, "bytes" | "text" | "filename" | "format">): IngestFormat {
  if (input.format) return input.format;
  const ext = input.filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext) {
    const byExt = EXTENSIONS[ext];
    if (!byExt) throw new IngestError("unsupported", `Files of type .${ext} are not supported (use .txt, .md, .html or .pdf).`);
    return byExt;
  }
  const head = input.bytes
    ? new TextDecoder("latin1").decode(input.bytes.subarray(0, 512))
    : (input.text ?? "").slice(0, 512);
  if (head.startsWith("%PDF-")) return "pdf";
  if (/^\s*(?:<!doctype html|<html[\s>])/i.test(head)) return "html";
  return "text";
}

export async function ingestDocument(input: IngestInput): Promise<IngestedDocument> {
  const size = input.bytes ? input.bytes.byteLength : (input.text?.length ?? 0);
  if (size > MAX_INGEST_BYTES) {
    throw new IngestError("too_large", `The document is ${size} bytes; the limit is ${MAX_INGEST_BYTES}.`);
  }
  if (!input.bytes && input.text === undefined) throw new IngestError("empty", "No document was given.");
  const format = detectFormat(input);

  let rawText: string;
  let title: string | null = null;
  let publisher: string | null = null;
  let publishedFromSource: string | null = null;
  if (format === "pdf") {
    if (!input.bytes) throw new IngestError("unsupported", "A PDF must be uploaded as a file, not pasted.");
    const pdf = await pdfToText(input.bytes);
    rawText = pdf.text;
    title = pdf.title;
  } else {
    const source = input.bytes ? decodeText(input.bytes).text : input.text!;
    if (format === "html") {
      const article = htmlToText(source);
      rawText = article.text;
      title = article.title;
      publisher = article.siteName;
      publishedFromSource = article.publishedTime?.slice(0, 10) ?? null;
    } else if (format === "markdown") {
      const markdown = readMarkdown(source);
      rawText = markdown.text;
      title = markdown.title;
      publishedFromSource = markdown.publishedAt;
    } else {
      rawText = source;
    }
  }

  if (!rawText.replace(/[\s\u3000]/g, "")) throw new IngestError("empty", "The document has no text.");
  const cleaned = cleanText(rawText);
  if (!cleaned.text.trim()) throw new IngestError("empty", "Nothing readable is left after cleaning.");
  if (!looksJapanese(cleaned.text)) {
    throw new IngestError("not_japanese", "The document is not in Japanese: facts are read from Japanese text only.");
  }
  const found = findMetadata(rawText, cleaned);
  const publishedAt = validDate(input.publishedAt) ?? validDate(publishedFromSource) ?? found.publishedAt?.value ?? null;
  return {
    title: input.title?.trim() || title || found.title,
    publisher: input.publisher?.trim() || publisher || found.publisher,
    publishedAt,
    format,
    rawText,
    cleaned,
  };
}

function validDate(value: string | null | undefined): string | null {
  return value && isCalendarDate(value) ? value : null;
}
