// Card interchange with Anki and Quizlet as plain text. Anki's importer reads quoted CSV/TSV
// with "#separator", "#html" and "#tags column" header lines; Quizlet reads one card per
// line, term and definition split by a tab, and knows no quoting. Parsing accepts either,
// reports problems per line and never throws on bad input.
import { z } from "zod";
import { neutraliseFormula } from "./csv-safe";

export interface InterchangeCard {
  front: string;
  back: string;
  tags: string[];
}

export type ExportTarget = "anki" | "quizlet" | "csv";

export interface ExportOptions {
  target: ExportTarget;
  /** Prepend a UTF-8 byte order mark (helps Excel open CSV as UTF-8). Default false. */
  bom?: boolean;
}

export const MAX_FRONT_LENGTH = 2000;
export const MAX_BACK_LENGTH = 8000;
export const MAX_TAG_LENGTH = 100;
export const DEFAULT_MAX_ROWS = 10_000;

/** Anki tags are space-separated words: spaces inside a tag become underscores. */
export function toTagWord(tag: string): string {
  return tag.trim().replace(/\s+/g, "_");
}

function quoteField(field: string, delimiter: string): string {
  // Quote when the field would otherwise be split or misread: delimiter, quote, line break,
  // leading "#" (Anki header syntax) or edge whitespace (trimmed by some importers).
  const needs =
    field.includes(delimiter) ||
    /["\r\n]/.test(field) ||
    field.startsWith("#") ||
    field !== field.trim();
  return needs ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Quizlet cannot read quoted fields: line breaks become " / ", tabs a space. */
function flattenForQuizlet(field: string): string {
  return field
    .replace(/\r\n?|\n/g, " / ")
    .replace(/\t/g, " ")
    .trim();
}

/** Serialises cards for the target; UTF-8 text (the caller sends it with charset=utf-8). */
export function exportCards(cards: readonly InterchangeCard[], options: ExportOptions): string {
  const bom = options.bom ? "\uFEFF" : "";
  if (options.target === "quizlet") {
    return bom + cards.map((c) => `${neutraliseFormula(flattenForQuizlet(c.front))}\t${neutraliseFormula(flattenForQuizlet(c.back))}`).join("\n") + "\n";
  }
  if (options.target === "anki") {
    const header = ["#separator:tab", "#html:false", "#tags column:3"];
    const rows = cards.map((c) =>
      [c.front, c.back, c.tags.map(toTagWord).filter(Boolean).join(" ")].map((f) => quoteField(neutraliseFormula(f), "\t")).join("\t"),
    );
    return bom + [...header, ...rows].join("\n") + "\n";
  }
  // RFC 4180: comma, CRLF, header row. Like the TSVs above it may be opened by a spreadsheet, so
  // formulas are neutralised.
  const rows = [["front", "back", "tags"], ...cards.map((c) => [c.front, c.back, c.tags.map(toTagWord).join(" ")])];
  return bom + rows.map((r) => r.map((f) => quoteField(neutraliseFormula(f), ",")).join(",")).join("\r\n") + "\r\n";
}

export interface ParseError {
  /** 1-based physical line where the record starts. */
  line: number;
  message: string;
}

export interface ParseResult {
  cards: InterchangeCard[];
  errors: ParseError[];
  delimiter: "\t" | "," | ";";
}

export interface ParseOptions {
  /** Default auto: Anki's #separator header, else tab if the first record has one, else comma. */
  format?: "auto" | "tsv" | "csv";
  maxRows?: number;
}

const rowSchema = z.object({
  front: z
    .string()
    .trim()
    .min(1, "front is empty")
    .max(MAX_FRONT_LENGTH, `front is longer than ${MAX_FRONT_LENGTH} characters`),
  back: z
    .string()
    .trim()
    .min(1, "back is empty")
    .max(MAX_BACK_LENGTH, `back is longer than ${MAX_BACK_LENGTH} characters`),
  tags: z.array(z.string().max(MAX_TAG_LENGTH, `a tag is longer than ${MAX_TAG_LENGTH} characters`)),
});

interface RawRecord {
  line: number;
  fields: string[];
}

/**
 * Splits delimited text into records. A field that starts with a quote is quoted (may hold
 * delimiters, line breaks and "" for a quote); quotes inside an unquoted field are literal,
 * as Quizlet writes them.
 */
function tokenize(text: string, delimiter: string): { records: RawRecord[]; error?: ParseError } {
  const records: RawRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let atFieldStart = true;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    atFieldStart = true;
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (atFieldStart && ch === '"') {
      const startLine = line;
      const fieldStart = i;
      i++;
      let closed = false;
      while (i < text.length) {
        const c = text[i] as string;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (c === "\n") line++;
        field += c;
        i++;
      }
      if (!closed) return { records, error: { line: startLine, message: "unterminated quoted field" } };
      atFieldStart = false;
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== "\r" && next !== "\n") {
        // Text after the closing quote: not a quoted field after all ("x" y, as Quizlet
        // writes it). Read it again as plain text up to the delimiter or line end.
        i = fieldStart;
        line = startLine;
        field = "";
        while (i < text.length && text[i] !== delimiter && text[i] !== "\r" && text[i] !== "\n") field += text[i++];
      }
      continue;
    }
    if (ch === delimiter) {
      fields.push(field);
      field = "";
      atFieldStart = true;
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += ch;
    atFieldStart = false;
    i++;
  }
  if (field !== "" || fields.length > 0) endRecord();
  return { records };
}

const SEPARATORS: Record<string, "\t" | "," | ";"> = { tab: "\t", comma: ",", semicolon: ";", "\t": "\t", ",": ",", ";": ";" };
const HEADER_FRONT = new Set(["front", "term", "question", "表", "表面", "問題"]);
const HEADER_BACK = new Set(["back", "definition", "answer", "裏", "裏面", "答え"]);

/** Parses TSV/CSV (Anki or Quizlet exports, or our own) into cards, with an error per bad line. */
export function parseCards(input: string, options: ParseOptions = {}): ParseResult {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  let text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const errors: ParseError[] = [];

  // Anki header lines ("#key:value") at the very top.
  let separator: "\t" | "," | ";" | undefined;
  let tagsColumn: number | undefined;
  let headerLines = 0;
  while (text.startsWith("#")) {
    const end = text.search(/\r?\n/);
    const headerLine = end < 0 ? text : text.slice(0, end);
    const m = /^#([^:]+):(.*)$/.exec(headerLine.trim());
    if (m) {
      const key = (m[1] ?? "").trim().toLowerCase();
      const value = (m[2] ?? "").trim();
      if (key === "separator") separator = SEPARATORS[value.toLowerCase()] ?? SEPARATORS[value];
      if (key === "tags column") {
        const n = Number(value);
        if (Number.isInteger(n) && n >= 1) tagsColumn = n - 1;
      }
    }
    headerLines++;
    text = end < 0 ? "" : text.slice(end).replace(/^\r?\n/, "");
  }

  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter =
    options.format === "tsv"
      ? "\t"
      : options.format === "csv"
        ? ","
        : (separator ?? (firstLine.includes("\t") ? "\t" : firstLine.includes(",") ? "," : "\t"));

  const { records, error } = tokenize(text, delimiter);
  if (error) errors.push({ ...error, line: error.line + headerLines });

  const cards: InterchangeCard[] = [];
  records.forEach((record, index) => {
    const line = record.line + headerLines;
    const [front = "", back = ""] = record.fields;
    if (index === 0 && HEADER_FRONT.has(front.trim().toLowerCase()) && HEADER_BACK.has(back.trim().toLowerCase())) return;
    if (cards.length >= maxRows) {
      if (cards.length === maxRows && !errors.some((e) => e.message.startsWith("too many rows")))
        errors.push({ line, message: `too many rows: at most ${maxRows}` });
      return;
    }
    if (record.fields.length < 2) {
      errors.push({ line, message: "expected at least 2 columns (front and back)" });
      return;
    }
    const tagField = record.fields[tagsColumn ?? 2] ?? "";
    const parsed = rowSchema.safeParse({ front, back, tags: tagField.split(/\s+/).filter(Boolean) });
    if (!parsed.success) {
      errors.push({ line, message: parsed.error.issues.map((i) => i.message).join("; ") });
      return;
    }
    cards.push(parsed.data);
  });
  errors.sort((a, b) => a.line - b.line);
  return { cards, errors, delimiter };
}
