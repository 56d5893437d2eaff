import { describe, expect, it } from "vitest";
import { readSeed } from "@/lib/extract/__fixtures__/seeds";
import { IngestError } from "./errors";
import { detectFormat, ingestDocument, MAX_INGEST_BYTES } from "./ingest";
import { markdownToText, readMarkdown } from "./markdown";
import { imageOnlyStream, makePdf, textStream } from "./__fixtures__/make-pdf";

const encode = (s: string) => new TextEncoder().encode(s);
const codeOf = async (p: Promise<unknown>) => {
  const error = await p.then(() => null, (e: unknown) => e);
  return error instanceof IngestError ? error.code : error;
};

describe("ingestDocument", () => {
  it("ingests a .txt seed with metadata found in the text", async () => {
    const doc = await ingestDocument({ bytes: encode(readSeed("newsweek")), filename: "newsweek.txt" });
    expect(doc).toMatchObject({ format: "text", publishedAt: "2019-12-10", publisher: "ニューズウィーク日本版" });
    expect(doc.title).toBe("行き詰まりを見せる米朝非核化交渉、その背景は?");
    expect(doc.cleaned.blocks.some((b) => b.kind === "meta")).toBe(true);
  });

  it("lets the user's metadata win", async () => {
    const doc = await ingestDocument({ text: readSeed("naigai"), publishedAt: "2018-12-01", publisher: "公安調査庁" });
    expect(doc).toMatchObject({ title: "内外情勢の回顧と展望", publisher: "公安調査庁", publishedAt: "2018-12-01" });
    expect(doc.cleaned.ruby.length).toBeGreaterThan(10);
  });

  it("ingests markdown, HTML and PDF", async () => {
    const md = await ingestDocument({ text: "# 見出し\n\n**北朝鮮**は[声明](http://x)を発表した。", filename: "a.md" });
    expect(md.cleaned.text).toContain("北朝鮮は声明を発表した。");
    const html = await ingestDocument({
      bytes: encode("<html><body><p onclick='x()'>本文です。</p><script>alert(1)</script></body></html>"),
      filename: "a.html",
    });
    expect(html.cleaned.text).toBe("本文です。");
    // The PDF's text layer is read (lib/ingest/pdf.test.ts); an English one is then refused as not Japanese.
    expect(await codeOf(ingestDocument({ bytes: makePdf([textStream(["Talks resumed in Singapore after a long pause."])]), filename: "a.pdf" }))).toBe("not_japanese");
  });

  it("fails with typed errors and stores nothing half-done", async () => {
    expect(await codeOf(ingestDocument({ text: "   \n " }))).toBe("empty");
    expect(await codeOf(ingestDocument({}))).toBe("empty");
    expect(await codeOf(ingestDocument({ bytes: new Uint8Array(MAX_INGEST_BYTES + 1) }))).toBe("too_large");
    expect(await codeOf(ingestDocument({ bytes: new Uint8Array([1, 0, 2, 0]), filename: "x.txt" }))).toBe("binary");
    expect(await codeOf(ingestDocument({ bytes: new Uint8Array([0xff, 0x80, 0x80]), filename: "x.txt" }))).toBe("encoding");
    expect(await codeOf(ingestDocument({ bytes: makePdf([imageOnlyStream]), filename: "scan.pdf" }))).toBe("no_text_layer");
    expect(await codeOf(ingestDocument({ bytes: encode("x"), filename: "a.docx" }))).toBe("unsupported");
  });
});

describe("detectFormat and markdownToText", () => {
  it("sniffs the format when no name is given", () => {
    expect(detectFormat({ bytes: encode("%PDF-1.7\n") })).toBe("pdf");
    expect(detectFormat({ text: "<!DOCTYPE html><html>" })).toBe("html");
    expect(detectFormat({ text: "本文" })).toBe("text");
    expect(detectFormat({ text: "x", filename: "A.MD" })).toBe("markdown");
  });

  it("removes markdown markup", () => {
    expect(markdownToText("## 見出し\n- 項目\n> 引用\n`code` と *強調*")).toBe("見出し\n\n・項目\n\n引用\ncode と 強調");
  });

  it("reads front matter for title and date, and drops reference sections, categories and link targets", () => {
    const md = [
      "---", "title: 判決", "date: 1954-10-14", "---", "",
      "本文は[最高裁判所](../Page/最高裁判所.md \"wikilink\")が判断した\\[1\\]。", "",
      "## 脚注", "", "1. 出典の文", "",
      "[Category:判例](https://ja.wikipedia.org/wiki/Category:判例 \"wikilink\")",
    ].join("\n");
    const read = readMarkdown(md);
    expect(read).toMatchObject({ title: "判決", publishedAt: "1954-10-14" });
    expect(read.text).toBe("本文は最高裁判所が判断した。");
  });

  it("drops a wiki export's figure links ([x.jpg](…/File:x.jpg \"fig:…\")) and keeps other link texts", () => {
    const md = '[plaza_hotel.jpg](https://ja.wikipedia.org/wiki/File:plaza_hotel.jpg "fig:plaza_hotel.jpg") **プラザ合意**は[1985年](https://ja.wikipedia.org/wiki/1985年 "wikilink")の合意。';
    expect(readMarkdown(md).text).toBe("プラザ合意は1985年の合意。");
    // The bold subject after the figure still names the article: not a later section heading (## 概要).
    expect(readMarkdown(`${md}\n\n## 概要\n\n本文。`).title).toBe("プラザ合意");
  });

  it("drops a reference section whose heading joins several names (判例評釈・関連文献)", () => {
    const md = ["本文の文。", "", "## 判例評釈・関連文献", "", "- 宮沢俊義「恵庭判決について」ジュリスト370号（1967年）25頁"].join("\n");
    expect(readMarkdown(md).text).toBe("本文の文。");
  });

  it("takes the date from any date field of the front matter, in 和暦 too (judgment_date: 昭和29年10月14日)", () => {
    const md = ["---", "title: 判決", 'judgment_date: "昭和29年10月14日"', "---", "", "本件上告を棄却する。"].join("\n");
    expect(readMarkdown(md)).toMatchObject({ publishedAt: "1954-10-14" });
  });
});

describe("bad input", () => {
  it("refuses a document in another language with a clear code", async () => {
    const english = "The summit was held in Singapore on 12 June 2018. Both leaders signed a joint statement.".repeat(5);
    await expect(ingestDocument({ text: english })).rejects.toMatchObject({ code: "not_japanese" });
  });

  it("accepts a Japanese text full of English names and acronyms", async () => {
    const text = "2018年6月12日、トランプ大統領はSingaporeでCVIDについて述べた。IAEAとNPTの役割を強調した。";
    await expect(ingestDocument({ text })).resolves.toMatchObject({ format: "text" });
  });

  it("gives an honest empty result for a table-only page and a text with no dates or actors", async () => {
    const { loadAnalyser } = await import("@/lib/extract/analyse");
    const { extractWith } = await import("@/lib/extract/pipeline");
    const analyser = await loadAnalyser();
    const table = await ingestDocument({ text: "品目　価格\nりんご　100円\nみかん　80円\n" });
    expect(extractWith(analyser, table.cleaned)).toEqual([]);
    const plain = await ingestDocument({ text: "空が青い。風が気持ちよい。" });
    expect(extractWith(analyser, plain.cleaned)).toEqual([]);
  }, 60_000);
});
