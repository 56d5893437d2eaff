// Pass 1 — morphological analysis. kuromoji with IPADIC (docs/decisions/0007): part of speech, the
// proper-noun classes 人名/組織/地域, and each word's dictionary form. The dictionary (~18 MB compressed,
// ~250 MB resident) is loaded once per process on first use; only the ingestion worker, the CLIs and the
// tests ever load it, never the web server.
import { createRequire } from "node:module";
import path from "node:path";
import type { IpadicFeatures, Tokenizer } from "kuromoji";

export interface Token {
  surface: string;
  /** Offsets in the analysed text (UTF-16 units). */
  start: number;
  end: number;
  /** 名詞, 動詞, 助詞 … */
  pos: string;
  /** 固有名詞, サ変接続, 自立, 格助詞 … */
  pos1: string;
  /** 人名, 組織, 地域 … */
  pos2: string;
  /** 姓, 名, 国, 一般 … */
  pos3: string;
  /** Dictionary form (語る for 語った); the surface when unknown. */
  lemma: string;
  /** Conjugated form: 連用形, 基本形, 連用タ接続 … ("*" for words that do not conjugate). */
  form: string;
  reading: string | null;
}

export type Analyser = (text: string) => Token[];

let loading: Promise<Analyser> | null = null;

/** The process's analyser, loading the dictionary on first call. */
export function loadAnalyser(): Promise<Analyser> {
  loading ??= buildTokenizer().then((tokenizer) => (text: string) => toTokens(tokenizer.tokenize(standardForms(text)), text));
  return loading;
}

/**
 * Variant characters the dictionary does not know, read as their standard forms (髙木 as 高木, 﨑 as 崎) — one
 * character for one, so every offset stays the text's own.
 */
const VARIANTS: Record<string, string> = { 髙: "高", 﨑: "崎", 德: "徳", 邊: "辺", 邉: "辺", 濵: "浜", 櫻: "桜", 廣: "広", 澤: "沢", 齋: "斎", 齊: "斉", 國: "国", 眞: "真", 惠: "恵", 曻: "昇" };
const VARIANT = new RegExp(`[${Object.keys(VARIANTS).join("")}]`, "gu");
const standardForms = (text: string) => text.replace(VARIANT, (c) => VARIANTS[c] ?? c);

function buildTokenizer(): Promise<Tokenizer<IpadicFeatures>> {
  const require = createRequire(import.meta.url);
  const kuromoji = require("kuromoji") as typeof import("kuromoji");
  const dicPath = path.join(path.dirname(require.resolve("kuromoji/package.json")), "dict");
  return new Promise((resolve, reject) =>
    kuromoji.builder({ dicPath }).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer))),
  );
}

function toTokens(features: IpadicFeatures[], text: string): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  for (const f of features) {
    // word_position is 1-based; trust our own running offset, which survives surrogate pairs.
    const start = offset;
    offset += f.surface_form.length;
    tokens.push({
      // The text's own characters (髙木, not the 高木 the dictionary read).
      surface: text.slice(start, offset),
      start,
      end: offset,
      pos: f.pos,
      pos1: f.pos_detail_1,
      pos2: f.pos_detail_2,
      pos3: f.pos_detail_3,
      lemma: f.basic_form && f.basic_form !== "*" ? f.basic_form : f.surface_form,
      form: f.conjugated_form ?? "*",
      reading: f.reading && f.reading !== "*" ? f.reading : null,
    });
  }
  return tokens;
}

/** Tokens of `text` with offsets shifted by `base` (a sentence analysed on its own). */
export function analyseAt(analyser: Analyser, text: string, base: number): Token[] {
  return analyser(text).map((t) => ({ ...t, start: t.start + base, end: t.end + base }));
}
