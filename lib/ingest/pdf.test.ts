import { describe, expect, it } from "vitest";
import { IngestError } from "./errors";
import { pdfToText } from "./pdf";
import { imageOnlyStream, makePdf, textStream } from "./__fixtures__/make-pdf";

describe("pdfToText", () => {
  it("extracts the text layer, page by page", async () => {
    const pdf = makePdf([textStream(["Summit held on 2018-06-12", "in Singapore."]), textStream(["Second page"])]);
    const result = await pdfToText(pdf);
    expect(result.pages).toBe(2);
    expect(result.text).toContain("Summit held on 2018-06-12");
    expect(result.text).toContain("Second page");
    expect(result.text.indexOf("Second page")).toBeGreaterThan(result.text.indexOf("Singapore"));
  });

  it("refuses a PDF without a text layer", async () => {
    await expect(pdfToText(makePdf([imageOnlyStream]))).rejects.toMatchObject({ code: "no_text_layer" });
  });

  it("refuses bytes that are not a PDF", async () => {
    const error = await pdfToText(new TextEncoder().encode("%PDF-1.4\nnot really")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe("unsupported");
  });
});
