// A cell of the positions matrix shows a short summary of each position; the full statement
// and its source sentence are one click away. Pure.
import { readableTitle, readsAsStatement } from "@/lib/cards/text-rules";

export const SUMMARY_MAX = 40;
const ELLIPSIS = "…";

/** Particles that close a phrase: cutting right after one (preceded by a non-kana) reads as a phrase end. */
const PHRASE_END = /[はがをにでとへもの]/;
const KANA = /[\p{Script=Hiragana}]/u;

/**
 * `text` cut to at most `max` characters (ellipsis included) at the last clause or phrase
 * boundary: after 、 or ・, after a particle that ends a noun phrase, or (in Latin text) at a
 * space. A hard cut only when no boundary lies in the second half.
 */
export function shortenAtBoundary(text: string, max = SUMMARY_MAX): string {
  const s = text.trim().replace(/\s+/g, " ");
  const chars = [...s];
  if (chars.length <= max) return s;
  const limit = max - ELLIPSIS.length;
  let cut = -1;
  for (let i = limit; i >= Math.ceil(limit / 2); i--) {
    const prev = chars[i - 1] ?? "";
    const before = chars[i - 2] ?? "";
    const next = chars[i] ?? "";
    if (prev === "、" || prev === "・" || prev === "，") {
      cut = i - 1; // drop the comma itself
      break;
    }
    if (PHRASE_END.test(prev) && before && !KANA.test(before) && !KANA.test(next)) {
      cut = i;
      break;
    }
    if (next === " " && /[\p{Script=Latin}\d]/u.test(prev)) {
      cut = i;
      break;
    }
  }
  const head = chars.slice(0, cut > 0 ? cut : limit).join("").replace(/[\s、，・「『（(]+$/u, "");
  return head + ELLIPSIS;
}

/**
 * What a cell shows for a position: its content when it reads as a statement, else its headline
 * when that is a whole phrase, else its statement (the source's sentence), shortened. Never a
 * fragment such as 「直ちに金党委員長」 or 「…と非難した（」.
 */
export function positionSummary(f: { content?: string | null; headline?: string | null; statement: string }): string {
  const content = f.content?.trim() && readsAsStatement(f.content) ? readableTitle(f.content, 400) : null;
  const text = content ?? readableTitle(f.headline, 400) ?? f.statement;
  return shortenAtBoundary(text.replace(/^「(.*)」$/u, "$1"));
}
