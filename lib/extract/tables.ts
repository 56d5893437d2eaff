// Tables of the cleaned document: their titles, numbers and rows (an agreement's items, a chronology), and
// the sentences of a block (a table's rows are its sentences, with citation lines kept on their row).
import type { CleanedDocument, TextBlock } from "@/lib/facts/types";
import { AGREEMENT_NAME } from "./agreements";
import { splitSentences, type Span } from "./segment";

export interface TableInfo {
  number: string | null;
  title: string;
  items: string[];
  /** The agreement the table lists items of, if its title names one. */
  agreementName: string | null;
}

export const TABLE_REF = /[（(]表\s*([0-9０-９]+)[）)]/;

/** Sentences of a block; a table's rows are its sentences, with citation lines kept on their row. */
export function blockSentences(text: string, block: TextBlock, depths: Uint8Array): Span[] {
  if (block.kind !== "table") return splitSentences(text, block.start, block.end, { depths });
  const rows: Span[] = [];
  let offset = block.start;
  for (const line of text.slice(block.start, block.end).split("\n")) {
    const span = { start: offset, end: offset + line.length };
    offset += line.length + 1;
    const last = rows.at(-1);
    if (last && rows.length > 1 && isCitation(line)) last.end = span.end;
    else rows.push(span);
  }
  return rows.flatMap((row) => splitSentences(text, row.start, row.end, { keepLines: true, depths }));
}

/** A source line of a table row: 「ワシントン・ポスト」（7月30日付け）, （…所長，5月25日付け）. */
export function isCitation(line: string): boolean {
  const t = line.trim();
  if (/付け?[）)]?$/.test(t) && /^[「『（(]/.test(t)) return true;
  return /^「[^」]*」$/.test(t) || /^[（(][^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*[）)]$/.test(t);
}

export function readTables(doc: CleanedDocument): Map<number, TableInfo> {
  const tables = new Map<number, TableInfo>();
  for (const block of doc.blocks) {
    if (block.kind !== "table") continue;
    const lines = doc.text.slice(block.start, block.end).split("\n");
    const title = lines[0] ?? "";
    const number = /^(?:表|図表|図|Table)\s*([0-9０-９]+)/.exec(title)?.[1] ?? null;
    const named = /「([^「」]+)」/.exec(title)?.[1] ?? null;
    const agreementName = named && AGREEMENT_NAME.test(named) && /合意|事項|内容|項目|骨子|要旨|全文/.test(title) ? named : null;
    const items = lines.slice(1).map((l) => l.replace(/^[・•●\-－]\s*/, "").trim()).filter(Boolean);
    tables.set(block.start, { number: number ? toAscii(number) : null, title, items, agreementName });
  }
  return tables;
}

export function toAscii(digits: string): string {
  return digits.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
