// PDF bytes → text with pdfjs-dist (legacy build, for Node). Text items are joined into lines as the
// PDF's own end-of-line marks say; pages are separated by blank lines. A PDF that is only images has
// no text layer and is refused rather than stored empty.

import { IngestError } from "./errors";

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

export interface PdfText {
  text: string;
  pages: number;
  title: string | null;
}

export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let pdf;
  try {
    pdf = await pdfjs.getDocument({
      // pdfjs takes ownership of (and detaches) the buffer it is given.
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw new IngestError("unsupported", `Not a readable PDF: ${(error as Error).message}`);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let pageText = "";
      for (const item of content.items as TextItemLike[]) {
        if (typeof item.str !== "string") continue;
        pageText += item.str;
        if (item.hasEOL) pageText += "\n";
      }
      pages.push(pageText.trim());
      page.cleanup();
    }
    const text = pages.join("\n\n");
    if (!text.replace(/\s/g, "")) {
      throw new IngestError("no_text_layer", "The PDF has no text layer (it is scanned images); run OCR first or paste the text.");
    }
    const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: string } | undefined;
    return { text, pages: pdf.numPages, title: info?.Title?.trim() || null };
  } finally {
    await pdf.destroy();
  }
}
