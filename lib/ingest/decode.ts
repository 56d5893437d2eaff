// Bytes → string. UTF-8 first; Shift_JIS and EUC-JP are detected and converted; binary is refused.

import { IngestError } from "./errors";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "shift_jis" | "euc-jp";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Share of control characters (other than tab, newline, carriage return, form feed) above which text is binary. */
const MAX_CONTROL_RATIO = 0.02;

function decodeStrict(bytes: Uint8Array, encoding: TextEncodingName, ignoreBOM = false): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM }).decode(bytes);
  } catch {
    return null;
  }
}

/** How Japanese a decoding looks: kana and kanji count for it, half-width katakana and symbols against. */
function japaneseScore(text: string): number {
  let score = 0;
  for (const ch of text) {
    if (/[\u3040-\u30ff\u4e00-\u9fff、。「」]/.test(ch)) score += 2;
    else if (/[\uff61-\uff9f]/.test(ch)) score -= 2;
    else if (/[\u0000-\u007f]/.test(ch)) score += 0;
    else score -= 1;
  }
  return score;
}

function controlRatio(text: string): number {
  if (!text.length) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f) controls++;
  }
  return controls / text.length;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const decoded = detect(bytes);
  if (controlRatio(decoded.text) > MAX_CONTROL_RATIO) {
    throw new IngestError("binary", "The file looks binary (control characters), not text.");
  }
  return { text: decoded.text.replace(/^\uFEFF/, ""), encoding: decoded.encoding };
}

function detect(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeOrThrow(bytes.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeOrThrow(bytes.subarray(2), "utf-16be"), encoding: "utf-16be" };
  if (bytes.includes(0)) throw new IngestError("binary", "The file contains NUL bytes: it is binary, not text.");
  const utf8 = decodeStrict(bytes, "utf-8");
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  const candidates = (["shift_jis", "euc-jp"] as const)
    .map((encoding) => ({ encoding, text: decodeStrict(bytes, encoding) }))
    .filter((c): c is { encoding: "shift_jis" | "euc-jp"; text: string } => c.text !== null)
    .sort((a, b) => japaneseScore(b.text) - japaneseScore(a.text));
  const best = candidates[0];
  if (!best) {
    throw new IngestError("encoding", "The text is not valid UTF-8, Shift_JIS or EUC-JP; save it as UTF-8 and try again.");
  }
  return best;
}

function decodeOrThrow(bytes: Uint8Array, encoding: TextEncodingName): string {
  const text = decodeStrict(bytes, encoding, true);
  if (text === null) throw new IngestError("encoding", `The text is not valid ${encoding}.`);
  return text;
}
