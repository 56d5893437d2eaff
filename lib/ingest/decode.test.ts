import { describe, expect, it } from "vitest";
import { decodeText } from "./decode";
import { IngestError } from "./errors";

// 「日本語のテスト」 in Shift_JIS and EUC-JP (TextEncoder only writes UTF-8).
const SJIS = new Uint8Array([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x82, 0xcc, 0x83, 0x65, 0x83, 0x58, 0x83, 0x67]);
const EUC = new Uint8Array([0xc6, 0xfc, 0xcb, 0xdc, 0xb8, 0xec, 0xa4, 0xce, 0xa5, 0xc6, 0xa5, 0xb9, 0xa5, 0xc8]);

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof IngestError ? error.code : "other";
  }
  return null;
};

describe("decodeText", () => {
  it("reads UTF-8 and drops a BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("北朝鮮は，")]);
    expect(decodeText(bytes)).toEqual({ text: "北朝鮮は，", encoding: "utf-8" });
  });

  it("detects Shift_JIS and EUC-JP", () => {
    expect(decodeText(SJIS)).toEqual({ text: "日本語のテスト", encoding: "shift_jis" });
    expect(decodeText(EUC)).toEqual({ text: "日本語のテスト", encoding: "euc-jp" });
  });

  it("reads UTF-16 with a BOM", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0xe5, 0x65, 0x2c, 0x67]);
    expect(decodeText(bytes).text).toBe("日本");
  });

  it("refuses binary: NUL bytes or many control characters", () => {
    expect(codeOf(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])))).toBe("binary");
    expect(codeOf(() => decodeText(new TextEncoder().encode("ab\u0001\u0002\u0003\u0004cd")))).toBe("binary");
  });

  it("refuses text in no known encoding", () => {
    expect(codeOf(() => decodeText(new Uint8Array([0xff, 0xff, 0xff, 0x80, 0x80])))).toBe("encoding");
  });
});
