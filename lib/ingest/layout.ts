// Line geometry of extracted text: display width, column width, and whether the text was wrapped
// by a page layout (PDF columns) or flows one paragraph per line (web pages, plain text).

import { visibleText } from "./ruby";

/** Display width in half-width cells: full-width characters count 2. */
export function displayWidth(line: string): number {
  let width = 0;
  for (const ch of visibleText(line)) {
    const code = ch.codePointAt(0)!;
    width += code < 0x1100 || (code >= 0xff61 && code <= 0xff9f) ? 1 : 2;
  }
  return width;
}

export interface LayoutProfile {
  /** "columns": lines wrapped at a fixed width (PDF); "flow": one paragraph per line. */
  mode: "columns" | "flow";
  /** The most common width of long lines: the column width in columns mode. */
  columnWidth: number;
  /** Paragraphs start with a full-width space, so a line without one continues a paragraph. */
  indented: boolean;
}

const SENTENCE_END = /[。！？!?…」』）)]$/;

export function profileLayout(lines: string[]): LayoutProfile {
  const widths = new Map<number, number>();
  const long = lines.filter((l) => displayWidth(l) >= 20);
  for (const line of long) {
    const w = displayWidth(line);
    widths.set(w, (widths.get(w) ?? 0) + 1);
  }
  let columnWidth = 0;
  let best = -1;
  for (const [w, n] of widths) {
    if (n > best || (n === best && w < columnWidth)) {
      best = n;
      columnWidth = w;
    }
  }
  // Wrapped lines sit at the column width and stop mid-sentence; truncated web headlines end in "…".
  const wrapped = long.filter(
    (l) => Math.abs(displayWidth(l) - columnWidth) <= 3 && !SENTENCE_END.test(visibleText(l)),
  ).length;
  const mode = long.length >= 8 && wrapped / long.length >= 0.4 ? "columns" : "flow";
  const indented = lines.filter((l) => l.startsWith("　")).length >= 2;
  return { mode, columnWidth, indented };
}

const LATIN = /[A-Za-z]/;

/** Joins two wrapped lines: Japanese joins without a space, Latin words keep one. */
export function joinWrapped(a: string, b: string): string {
  const left = visibleText(a).at(-1) ?? "";
  const right = visibleText(b).at(0) ?? "";
  return LATIN.test(left) && LATIN.test(right) ? `${a} ${b}` : a + b;
}

export function joinAllWrapped(lines: string[]): string {
  return lines.reduce((acc, line) => (acc === "" ? line : joinWrapped(acc, line)), "");
}
