// Where a web page's article ends and its furniture (recommendations, rankings, promotions) begins.

import { visibleText } from "./ruby";

/** Section labels that open page furniture rather than article text. */
const FURNITURE_LABEL =
  /^(?:今、?あなたにオススメ|あなたにオススメ|あなたにおすすめ|おすすめ(?:記事|情報|ニュース)?|オススメ(?:記事)?|こちらもおすすめ|人気(?:記事)?ランキング|アクセスランキング|ランキング|ニュース速報|最新ニュース|関連(?:記事|ニュース|リンク|情報)|この記事を(?:読んだ人|シェア)|この記事の(?:関連|筆者)|メールマガジン|メルマガ|MAGAZINE|PR|広告|スポンサー(?:リンク)?|Sponsored|Recommended|Related|Most (?:Read|Popular)|Trending|Popular|シェア(?:する)?|ツイート|コメント(?:する|を書く)?|次の記事|前の記事|続きを読む|Copyright|©|好評発売中|特集|購読|定期購読)(?:$|[\s:：｜|])/i;

/** A list bullet or a bare rank number ("• 1", "3.", "10"). */
const LIST_MARK = /^(?:[•・●■◆▶►\-*]\s*\d{0,3}|\d{1,3}[.)．]?)$/;

/** A line of running prose: a sentence of some length that ends like one. */
export function isProseLine(line: string): boolean {
  const text = visibleText(line).trim();
  return text.length >= 30 && /[。！？]」?$/.test(text) && !LIST_MARK.test(text);
}

function isFurnitureLine(line: string): boolean {
  const text = visibleText(line).trim();
  return text.length <= 30 && FURNITURE_LABEL.test(text);
}

/**
 * Line ranges [start, end) of page furniture after the article has started. A furniture label, or a
 * run of three list marks, opens a range; it runs to the end of the text unless prose resumes.
 */
export function findFurniture(lines: string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let seenProse = false;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isProseLine(line)) {
      seenProse = true;
      i += 1;
      continue;
    }
    const listRun = lines.slice(i, i + 5).filter((l) => LIST_MARK.test(visibleText(l).trim())).length >= 3;
    if (seenProse && (isFurnitureLine(line) || listRun)) {
      let end = i + 1;
      while (end < lines.length && !isProseParagraphStart(lines, end)) end += 1;
      ranges.push([i, end]);
      i = end;
      continue;
    }
    i += 1;
  }
  return ranges;
}

/** A blog post's header line: its date and category or source (2018-12-04 | 外務省からの直接メール). */
const POST_HEADER = /^\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{4}年\d{1,2}月\d{1,2}日)\s*(?:[（(][月火水木金土日][)）])?\s*[|｜]/;

/**
 * The site's own header above a post: a banner, a tagline, a teaser, up to the post's header line.
 * Range [0, end) of lines, or none when the text has no post header near its top.
 */
export function findSiteHeader(lines: string[]): Array<[number, number]> {
  const at = lines.slice(0, 20).findIndex((l) => POST_HEADER.test(visibleText(l)));
  return at >= 0 ? [[0, at + 1]] : [];
}

/** A database's record line: two or more bracketed field labels with their values
 *  ([場所] 東京[年月日] 2003年8月27日[出典] 外務省) describes the document, it narrates nothing. */
const RECORD_LINE = /^\s*(?:[\[【［][^\]】］]{1,8}[\]】］][^\[【［]*){2,}$/;

/** One field of such a record on a line of its own ([年月日] 2003年8月27日). */
const FIELD_LINE = /^\s*[\[【［][^\]】］]{1,8}[\]】］]/;

export function findRecordLines(lines: string[]): Array<[number, number]> {
  const isField = (i: number) => i >= 0 && i < lines.length && FIELD_LINE.test(visibleText(lines[i]!)) && !/。$/.test(lines[i]!.trim());
  return lines.flatMap((l, i) => {
    const record = (RECORD_LINE.test(visibleText(l)) && !/。$/.test(l.trim())) || (isField(i) && (isField(i - 1) || isField(i + 1)));
    return record ? [[i, i + 1] as [number, number]] : [];
  });
}

/** Prose resumes only with two prose lines close together: a lone sentence in a promo is not an article. */
function isProseParagraphStart(lines: string[], at: number): boolean {
  if (!isProseLine(lines[at]!)) return false;
  const next = lines.slice(at + 1, at + 4).filter((l) => l.trim() !== "");
  return next.some(isProseLine);
}
