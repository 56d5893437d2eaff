import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/ingest/clean";
import { ingestDocument } from "@/lib/ingest/ingest";
import { documentVoice, speakerOfSignature, speakerOfTitle } from "./voice";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("documentVoice: whose words a whole document is", () => {
  it("a record's speaker field names the speaker, whatever the title says", async () => {
    const raw = "[内閣名] 第88代第2次小泉純一郎内閣\n[国会回次] 第162回(常会)\n[文書名] 第162回国会施政方針\n[演説者] 小泉純一郎内閣総理大臣\n[演説種別] 施政方針演説\n[全文]\n\n改革を断行してまいります。";
    const doc = await ingestDocument({ bytes: bytes(raw), filename: "speech.txt" });
    expect(documentVoice(doc.cleaned, doc.title)).toBe("小泉純一郎内閣総理大臣");
  });

  it("a title naming a speech names its speaker, not the session it was given in", () => {
    expect(speakerOfTitle("川口外務大臣演説,日本外交の課題")).toBe("川口外務大臣");
    expect(speakerOfTitle("第204通常国会における菅義偉首相の施政方針演説(全文)")).toBe("菅義偉首相");
    expect(speakerOfTitle("令和2年版外交青書 巻頭言")).toBeNull();
  });

  it("a signature line of an office and a name, in a text written in the first person", () => {
    expect(speakerOfSignature("市長　山田太郎")).toBe("山田太郎市長");
    expect(speakerOfSignature("令和3年4月　理事長 佐藤 花子")).toBe("佐藤花子理事長");
    expect(speakerOfSignature("山田太郎市長は次のように述べた。")).toBeNull();
    const doc = cleanText("私は、本年も市民の皆様と共に歩んでまいります。\n\n市長　山田太郎");
    expect(documentVoice(doc, null)).toBe("山田太郎市長");
  });

  it("the writer naming their own office in the text (…として私が, 私（…）は)", () => {
    expect(documentVoice(cleanText("これこそが、理事長として私が就任以来掲げてきた目標です。"), null)).toBe("理事長");
    expect(documentVoice(cleanText("私（佐藤会長）は、新しい計画を進めます。"), null)).toBe("佐藤会長");
  });

  it("a text in the third person, or one naming an office without the first person, has no voice", () => {
    expect(documentVoice(cleanText("市長は、新しい計画を進めると述べた。\n\n市長　山田太郎"), null)).toBeNull();
    expect(documentVoice(cleanText("2019年は大型行事が続いた。"), null)).toBeNull();
  });
});
