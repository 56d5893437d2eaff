// HTML → the article's plain text. Readability picks the article; scripts, styles and event handlers
// never reach the output because only text nodes are read.

import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface HtmlArticle {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  /** Plain text: one block element per paragraph, blank lines between. */
  text: string;
}

const BLOCK_TAGS = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "ASIDE", "NAV", "H1", "H2", "H3", "H4", "H5", "H6",
  "LI", "UL", "OL", "BLOCKQUOTE", "PRE", "FIGURE", "FIGCAPTION", "TABLE", "TR", "DL", "DT", "DD", "ADDRESS", "HR",
]);
const DROPPED_TAGS = "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select, textarea";

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM subtree with block elements on paragraphs of their own. */
function blockText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? "").replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toUpperCase();
    if (tag === "BR") {
      parts.push("\n");
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) parts.push("\n\n");
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) parts.push("\n\n");
  };
  walk(root);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function htmlToText(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll(DROPPED_TAGS)) el.remove();
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute("content")?.trim() || null;
  const fallbackTitle = document.querySelector("title")?.textContent?.trim() || null;

  // Readability mutates the document, so it reads a copy.
  const article = new Readability(parseHTML(document.toString()).document as unknown as Document, { charThreshold: 100 }).parse();
  let text: string;
  if (article?.content) {
    const { document: articleDoc } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    for (const el of articleDoc.querySelectorAll(DROPPED_TAGS)) el.remove();
    text = blockText(articleDoc.body as unknown as DomNode);
  } else {
    for (const el of document.querySelectorAll("nav, header, footer, aside")) el.remove();
    text = blockText(document.body as unknown as DomNode);
  }
  return {
    title: article?.title?.trim() || meta('meta[property="og:title"]') || fallbackTitle,
    byline: article?.byline?.trim() || meta('meta[name="author"]'),
    siteName: article?.siteName?.trim() || meta('meta[property="og:site_name"]'),
    publishedTime: article?.publishedTime?.trim() || meta('meta[property="article:published_time"]'),
    text,
  };
}
