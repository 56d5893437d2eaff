// Raw extracted text → CleanedDocument: ruby folded into annotations, wrapped lines joined, page
// headers dropped, captions/headings/tables kept apart from body text, interleaved columns put back in
// reading order, and web-page furniture marked as "meta".

import type { BlockKind, CleanedDocument, RubyAnnotation, TextBlock } from "@/lib/facts/types";
import { findFurniture, findRecordLines, findSiteHeader } from "./boilerplate";
import { displayWidth, joinAllWrapped, joinWrapped, profileLayout, type LayoutProfile } from "./layout";
import { linkContinuations, type TextPiece } from "./reading-order";
import { findTurns } from "@/lib/extract/turns";
import { mergeRubyLines, RUBY_CLOSE, RUBY_OPEN, RUBY_READING, stripRubyMarkers, visibleText } from "./ruby";

export interface CleanOptions {
  /** Force how lines were wrapped; detected from line widths when absent. */
  layout?: LayoutProfile["mode"];
}

interface Line {
  text: string;
  /** Index in the normalized line list: the document order of whatever the line ends up in. */
  order: number;
}

interface Unit {
  order: number;
  kind: BlockKind;
  text: string;
}

/** A page header or footer: a page number beside a short running title ("9特　集", "6 内外情勢の回顧と展望"). */
const PAGE_HEADER = /^(?:\d{1,4}[ 　]*[^\d\s。，、,.．][^。，、,]{0,22}|[^\d\s。，、,][^。，、,]{0,22}?[ 　]*\d{1,4}|[-–—]?\s*\d{1,4}\s*[-–—]?)$/;
/** A photo credit closing a caption: （写真提供：AFP＝時事）, (2019年 ロイター/Kevin Lamarque). */
const CREDIT = /[（(][^（）()]*?(?:写真|提供|撮影|©|Ⓒ|Photo|photo|Getty|[^\s（）()/]\/[^\s（）()/])[^（）()]*[）)]$/;
/** A numbered table or figure title. */
const TABLE_TITLE = /^(?:表|図表|図|Table|Fig\.?)\s*[0-9０-９]+/;
/** A dateline standing alone: 2019年12月10日(火)15時00分. */
const DATELINE =
  /^[\d０-９]{4}[年/.\-][\d０-９]{1,2}[月/.\-][\d０-９]{1,2}日?\s*(?:[（(][月火水木金土日][)）])?\s*(?:[\d０-９]{1,2}時[\d０-９]{1,2}分|[\d０-９]{1,2}[:：][\d０-９]{2})?\s*(?:配信|更新|公開)?$/;
const SENTENCE_END = /[。！？!?]」?$/;
const INDENT = "　";

export function normalizeRaw(raw: string): string[] {
  return stripRubyMarkers(raw)
    .replace(/\r\n?/g, "\n")
    .replace(/[\uFEFF\uFFFD]/g, "")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .replace(/\t/g, " ")
    .replace(/｢/g, "「")
    .replace(/｣/g, "」")
    .split("\n")
    .map((line) => line.replace(/[ \u00A0\u2000-\u200B]+$/u, "").replace(/[\s　]+$/u, "").replace(/^[ \u00A0]+/, ""));
}

export function cleanText(raw: string, opts: CleanOptions = {}): CleanedDocument {
  let lines = normalizeRaw(raw);
  const profile = profileLayout(lines);
  const mode = opts.layout ?? profile.mode;
  if (mode === "columns") lines = mergeRubyLines(lines);

  const numbered: Line[] = lines.map((text, order) => ({ text, order }));
  const units: Unit[] = [];

  // Web furniture runs to the end of its range; only flow text (web pages) has it.
  const furniture = mode === "flow" ? [...findSiteHeader(lines), ...findRecordLines(lines), ...findFurniture(lines)] : [];
  const isFurniture = (order: number) => furniture.some(([s, e]) => order >= s && order < e);
  for (const [s, e] of furniture) {
    const metaLines = numbered.slice(s, e).filter((l) => l.text !== "");
    if (metaLines.length) units.push({ order: s, kind: "meta", text: metaLines.map((l) => l.text).join("\n") });
  }

  // A transcript's header is no prose, and each turn (and each paragraph of a turn) is a paragraph of its own.
  const transcript = findTurns(lines);
  const header = transcript?.header;
  if (header) units.push({ order: header[0], kind: "meta", text: lines.slice(header[0], header[1]).filter((l) => l !== "").join("\n") });
  const opensTurn = new Set(transcript?.turns ?? []);
  // (Above the first turn, the title and the date are lines of their own too.)
  const firstTurn = transcript?.turns[0] ?? 0;
  const breaks = transcript ? new Set(numbered.filter((l) => opensTurn.has(l.order) || l.order <= firstTurn || l.text.startsWith(INDENT)).map((l) => l.order)) : undefined;
  const kept = numbered.filter((l) => !isFurniture(l.order) && !(header && l.order >= header[0] && l.order < header[1]));
  const fragments = splitFragments(kept, breaks);
  const bodyFragments: Line[][] = [];
  let inTable = false;
  let tableUnit: Unit | null = null;

  for (const fragment of fragments.flatMap(splitCaptions)) {
    const first = fragment[0]!;
    const visible = fragment.map((l) => visibleText(l.text));
    const all = visible.join("");
    const single = fragment.length === 1;

    if (mode === "columns" && single && PAGE_HEADER.test(all) && displayWidth(all) <= 48) continue;
    if (single && DATELINE.test(all)) {
      units.push({ order: first.order, kind: "meta", text: first.text });
      continue;
    }
    if (isCaption(visible)) {
      units.push({ order: first.order, kind: "caption", text: joinAllWrapped(fragment.map((l) => l.text)) });
      continue;
    }
    if (TABLE_TITLE.test(all)) {
      inTable = true;
      tableUnit = { order: first.order, kind: "table", text: "" };
      units.push(tableUnit);
      appendTableLines(tableUnit, fragment);
      continue;
    }
    if (inTable && tableUnit) {
      if (!endsTable(fragment, profile)) {
        appendTableLines(tableUnit, fragment);
        continue;
      }
      inTable = false;
      tableUnit = null;
    }
    if (!opensTurn.has(first.order) && isHeading(fragment, visible, mode, profile)) {
      units.push({ order: first.order, kind: "heading", text: joinAllWrapped(fragment.map((l) => l.text)) });
      continue;
    }
    bodyFragments.push(fragment);
  }

  units.push(...bodyUnits(bodyFragments, mode, profile, fragments));
  units.sort((a, b) => a.order - b.order);
  return assemble(units);
}

/** Runs of non-blank lines; a line in `breaks` (a transcript's turn) opens a run of its own. */
function splitFragments(lines: Line[], breaks?: Set<number>): Line[][] {
  const fragments: Line[][] = [];
  let current: Line[] = [];
  let lastOrder = -2;
  for (const line of lines) {
    const gap = line.order !== lastOrder + 1 || breaks?.has(line.order) === true;
    if ((line.text === "" || gap) && current.length) {
      fragments.push(current);
      current = [];
    }
    if (line.text !== "") current.push(line);
    lastOrder = line.order;
  }
  if (current.length) fragments.push(current);
  return fragments;
}

/** A caption ends with a photo credit; whatever follows it in the same fragment is another fragment. */
function splitCaptions(fragment: Line[]): Line[][] {
  const parts: Line[][] = [];
  let rest = fragment;
  outer: while (rest.length) {
    let joined = "";
    for (let i = 0; i < Math.min(rest.length, 5); i++) {
      joined += visibleText(rest[i]!.text);
      if (CREDIT.test(joined) && i + 1 < rest.length) {
        parts.push(rest.slice(0, i + 1));
        rest = rest.slice(i + 1);
        continue outer;
      }
    }
    parts.push(rest);
    break;
  }
  return parts;
}

function isCaption(visible: string[]): boolean {
  return visible.length <= 5 && CREDIT.test(visible.join(""));
}

function isHeading(fragment: Line[], visible: string[], mode: LayoutProfile["mode"], profile: LayoutProfile): boolean {
  const all = visible.join("");
  if (all.includes("。") || fragment[0]!.text.startsWith(INDENT)) return false;
  // A list item that states something (・小渕は…を支持する) is body text, not a heading.
  if (/^[・•●]/.test(all) && /[をがはにと]/.test(all) && all.length > 12) return false;
  // A web headline may end in "?" or "！"; a one-line fragment without "。" is a heading there.
  if (mode === "flow") return fragment.length === 1 && all.length <= 60;
  if (fragment.length === 1) return true;
  return fragment.length <= 2 && displayWidth(visible[0]!) > profile.columnWidth * 1.15;
}

/** Body text resumes after a table with an indented paragraph or lines at the column width. */
function endsTable(fragment: Line[], profile: LayoutProfile): boolean {
  if (fragment[0]!.text.startsWith(INDENT)) return true;
  if (fragment.length < 2) return false;
  const widths = fragment.map((l) => displayWidth(l.text));
  const atColumn = Math.abs(widths[0]! - profile.columnWidth) <= 3;
  return atColumn && Math.max(...widths) <= profile.columnWidth * 1.2;
}

/** Table lines: a line starting with a particle or verb ending continues the previous row. */
function appendTableLines(table: Unit, fragment: Line[]): void {
  for (const line of fragment) {
    const text = line.text.replace(/^・\s*/, "・");
    const continues = table.text !== "" && /^\p{Script=Hiragana}/u.test(visibleText(text));
    table.text = table.text === "" ? text : continues ? joinWrapped(table.text, text) : `${table.text}\n${text}`;
  }
}

/** Body fragments → paragraphs, with interleaved column pieces linked back in reading order. */
function bodyUnits(fragments: Line[][], mode: LayoutProfile["mode"], profile: LayoutProfile, all: Line[][]): Unit[] {
  const pieces: TextPiece[] = [];
  for (const fragment of fragments) {
    if (mode === "flow") {
      pieces.push(piece(fragment, false));
      continue;
    }
    // Columns: a fragment may hold several paragraphs, each opening with an indent.
    let current: Line[] = [];
    for (const line of fragment) {
      if (line.text.startsWith(INDENT) && current.length) {
        pieces.push(piece(current, profile.indented));
        current = [];
      }
      current.push(line);
    }
    if (current.length) pieces.push(piece(current, profile.indented));
  }
  if (mode === "flow" || !profile.indented) {
    return pieces.map((p) => ({ order: p.order, kind: "body", text: stripIndent(p.text) }));
  }

  const corpus = all.map((f) => visibleText(joinAllWrapped(f.map((l) => l.text)))).join("\u0001");
  const next = linkContinuations(pieces, corpus);
  const hasPrev = new Set(next.filter((n) => n >= 0));
  const units: Unit[] = [];
  pieces.forEach((head, index) => {
    if (hasPrev.has(index)) return;
    let text = stripIndent(head.text);
    const seen = new Set([index]);
    for (let at = next[index]!; at !== -1 && !seen.has(at); at = next[at]!) {
      seen.add(at);
      text = joinWrapped(text, pieces[at]!.text.replace(/^[ 　]+/, ""));
    }
    units.push({ order: head.order, kind: "body", text });
  });
  return units;
}

function piece(lines: Line[], indented: boolean): TextPiece {
  const text = joinAllWrapped(lines.map((l) => l.text));
  const visible = visibleText(text);
  return {
    order: lines[0]!.order,
    text,
    startsMid: indented && !lines[0]!.text.startsWith(INDENT),
    endsMid: !SENTENCE_END.test(visible.replace(/[）)]$/, "")) && !SENTENCE_END.test(visible),
  };
}

function stripIndent(text: string): string {
  return text.replace(/^[ 　]+/, "");
}

/** Joins units with blank lines, strips the ruby markers into annotations, and records block offsets. */
function assemble(units: Unit[]): CleanedDocument {
  let text = "";
  const ruby: RubyAnnotation[] = [];
  const blocks: TextBlock[] = [];
  for (const unit of units) {
    if (!unit.text.trim()) continue;
    if (text) text += "\n\n";
    const start = text.length;
    let i = 0;
    const marked = unit.text;
    while (i < marked.length) {
      const ch = marked[i]!;
      if (ch === RUBY_OPEN) {
        const readingAt = marked.indexOf(RUBY_READING, i);
        const closeAt = marked.indexOf(RUBY_CLOSE, readingAt);
        if (readingAt < 0 || closeAt < 0) {
          i += 1;
          continue;
        }
        const base = marked.slice(i + 1, readingAt);
        ruby.push({ start: text.length, end: text.length + base.length, reading: marked.slice(readingAt + 1, closeAt) });
        text += base;
        i = closeAt + 1;
        continue;
      }
      if (ch !== RUBY_READING && ch !== RUBY_CLOSE) text += ch;
      i += 1;
    }
    blocks.push({ start, end: text.length, kind: unit.kind });
  }
  return { text, ruby, blocks };
}
