// Markdown → plain text with a real CommonMark/GFM parser (mdast): paragraphs, headings, list items and
// table rows each on lines of their own, link targets and markup gone. Front matter is read for the title
// and date, never kept as text; reference sections (脚注, 外部リンク, 関連項目 …), category links and the
// mirror's translation notice are page furniture, not article text.

import type { Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfm } from "micromark-extension-gfm";
import { parse as parseYaml } from "yaml";
import { parseDate } from "@/lib/extract/dates";

export interface MarkdownText {
  text: string;
  /** From front matter (title:) or the first level-1 heading. */
  title: string | null;
  /** From front matter (date:, published:), as YYYY-MM-DD when it parses. */
  publishedAt: string | null;
}

/**
 * Headings that open a reference section: everything under them is furniture. A heading may join
 * several such names (脚注・出典, 判例評釈・関連文献).
 */
const REFERENCE_PART =
  /^(?:脚注|注釈|注|出典|参考文献|参照|参考|外部リンク|関連項目|関連文献|関連リンク|文献|判例評釈|評釈|References|Notes|External links|See also|Bibliography)$/i;
const REFERENCE_SECTION = { test: (heading: string) => heading.split(/[・、，,／/]|\s+and\s+/).every((part) => REFERENCE_PART.test(part.trim())) };
/** A paragraph that only carries the page's categories or a mirror's note. */
const FURNITURE_PARAGRAPH = /^(?:(?:Category|カテゴリ)[:：]\S+\s*)+$|^この記事は.{0,40}(?:翻訳|転載)されています。?$/;

export function markdownToText(markdown: string): string {
  return readMarkdown(markdown).text;
}

export function readMarkdown(markdown: string): MarkdownText {
  // Liquid/Jekyll tags ({% include … %}) are template noise, not text.
  const source = markdown.replace(/\r\n?/g, "\n").replace(/\{%[\s\S]*?%\}/g, "");
  const tree: Root = fromMarkdown(source, {
    extensions: [gfm(), frontmatter(["yaml", "toml"])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(["yaml", "toml"])],
  });
  const blocks: string[] = [];
  let title: string | null = null;
  let publishedAt: string | null = null;
  let skipBelowDepth: number | null = null;

  const visit = (node: RootContent) => {
    switch (node.type) {
      case "yaml": {
        const meta = readFrontMatter(node.value);
        title ??= meta.title;
        publishedAt ??= meta.publishedAt;
        return;
      }
      case "heading": {
        const text = inlineText(node).trim();
        if (skipBelowDepth !== null && node.depth > skipBelowDepth) return;
        skipBelowDepth = REFERENCE_SECTION.test(text) ? node.depth : null;
        if (skipBelowDepth === null && text) {
          if (node.depth === 1) title ??= text;
          blocks.push(text);
        }
        return;
      }
      case "thematicBreak":
      case "code":
      case "html":
      case "definition":
      case "footnoteDefinition":
        return;
    }
    if (skipBelowDepth !== null) return;
    switch (node.type) {
      case "paragraph": {
        // An encyclopedia article opens by naming its subject in bold: **日朝平壌宣言**（…）は、….
        // (A figure link may come first: [Saitotakao_1.jpg](…File:…) **反軍演説**（…）は、….)
        const bold = node.children.findIndex((c) => c.type === "strong");
        const figuresFirst = node.children.slice(0, Math.max(bold, 0)).every((c) => c.type === "image" || c.type === "link" || (c.type === "text" && !c.value.trim()));
        const lead = blocks.length === 0 && bold >= 0 && figuresFirst ? inlineText(node.children[bold]!).trim() : "";
        if (lead) title ??= lead;
        const text = inlineText(node).trim();
        if (text && !FURNITURE_PARAGRAPH.test(text)) blocks.push(dropCitationMarks(text));
        return;
      }
      case "blockquote":
        for (const child of node.children) visit(child);
        return;
      case "list":
        for (const item of node.children) {
          const text = item.children.map((c) => ("children" in c ? inlineText(c) : "")).join(" ").trim();
          if (text && !FURNITURE_PARAGRAPH.test(text)) blocks.push(`・${dropCitationMarks(text)}`);
        }
        return;
      case "table":
        blocks.push(node.children.map((row) => row.children.map((cell) => dropCitationMarks(inlineText(cell).trim())).join("　")).join("\n"));
        return;
    }
  };
  for (const node of tree.children) visit(node);
  return { text: blocks.join("\n\n"), title, publishedAt };
}

/** The visible text of inline content: link and image targets, footnote marks and emphasis markers dropped. */
function inlineText(node: { type: string; value?: string; alt?: string | null; url?: string; title?: string | null; children?: unknown[] }): string {
  // A wiki export's figure is a link to its file ([plaza_hotel.jpg](…/File:plaza_hotel.jpg "fig:…")): no text.
  if (node.type === "link" && (/(?:File|Image|ファイル|画像):/i.test(node.url ?? "") || /^fig:/.test(node.title ?? ""))) return "";
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value ?? "";
    case "break":
      return "\n";
    case "image":
      return "";
    case "footnoteReference":
    case "html":
      return "";
  }
  const children = (node.children ?? []) as Array<Parameters<typeof inlineText>[0]>;
  return children.map(inlineText).join("");
}

/** Footnote citation marks left as text by wiki exports: [1], [注 2]. */
function dropCitationMarks(text: string): string {
  // Emphasis CommonMark leaves as text between CJK letters (…に対して*北朝鮮による…*への) goes too.
  return text.replace(/\[(?:注\s*)?\d{1,3}\]/g, "").replace(/\*{1,2}([^*\n]+?)\*{1,2}/g, "$1");
}

function readFrontMatter(yaml: string): { title: string | null; publishedAt: string | null } {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch {
    return { title: null, publishedAt: null };
  }
  if (!data || typeof data !== "object") return { title: null, publishedAt: null };
  const record = data as Record<string, unknown>;
  const title = typeof record.title === "string" ? record.title.trim() || null : null;
  // date, published, pubDate, judgment_date, 日付 …: the first field that names a date, ISO or Japanese (昭和29年10月14日).
  const dateKey = ["date", "published", "publishedAt", "pubDate"].find((k) => k in record) ??
    Object.keys(record).find((k) => /date|日付|年月日/i.test(k));
  const rawDate = dateKey ? record[dateKey] : undefined;
  const date = rawDate instanceof Date ? rawDate.toISOString().slice(0, 10) : typeof rawDate === "string" ? rawDate : null;
  const parsed = date ? parseDate(date.trim()) : null;
  const publishedAt = date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : parsed?.precision === "day" ? parsed.value : null;
  return { title, publishedAt };
}
