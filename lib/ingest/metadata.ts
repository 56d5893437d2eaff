// Title, publisher and publication date as the text itself gives them.

import type { CleanedDocument, FactDate } from "@/lib/facts/types";
import { parseDate } from "@/lib/extract/dates";
import { normalizeRaw } from "./clean";

export interface DocumentMetadata {
  title: string | null;
  publisher: string | null;
  publishedAt: FactDate | null;
}

/** A line that is a date and maybe a time: 2019年12月10日(火)15時00分, 2019/12/10 15:00, 公開日：令和元年5月1日,
 *  a Diet record's 平成二十八年五月十八日（水曜日）. */
const DATELINE =
  /^(?:(?:公開|掲載|更新|発行|配信|投稿)(?:日|日時)?[:：]?\s*)?((?:[\d０-９]{4}|(?:明治|大正|昭和|平成|令和)(?:[\d０-９]{1,2}|元))年\s*[\d０-９]{1,2}月\s*[\d０-９]{1,2}日|(?:明治|大正|昭和|平成|令和)(?:[一二三四五六七八九十]{1,3}|元)年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|[\d０-９]{4}[/.\-][\d０-９]{1,2}[/.\-][\d０-９]{1,2})\s*(?:[（(][月火水木金土日](?:曜日?)?[)）])?\s*(?:[\d０-９]{1,2}時[\d０-９]{1,2}分|[\d０-９]{1,2}[:：][\d０-９]{2})?\s*(?:配信|更新|公開|発行)?$/;
/** A day in parentheses closing a title line: 山田大臣記者会見録（令和5年10月3日）, 定例会見 (2024年6月12日). */
const TITLE_DAY = /[（(]((?:[\d０-９]{4}|(?:明治|大正|昭和|平成|令和)(?:[\d０-９]{1,2}|元))年[\d０-９]{1,2}月[\d０-９]{1,2}日)(?:[（(]?[月火水木金土日](?:曜日?)?[)）]?)?[)）]$/;
/** A running header: a page number beside the publication's title ("6 内外情勢の回顧と展望"). */
const RUNNING_HEADER = /^(?:\d{1,4}[ 　]*(\S[^。，、,]{3,30})|(\S[^。，、,]{3,30}?)[ 　]*\d{1,4})$/;
/** Names that read as a publisher: a paper, agency, broadcaster, magazine edition or ministry. */
const PUBLISHER =
  /([^\s、。「」()（）:：|｜]{2,20}?(?:新聞社?|通信社?|日本版|放送|テレビ|タイムズ|ニュース|ジャーナル|公安調査庁|庁|省|内閣府|研究所|出版))(?:別冊|$|\s|[|｜])/;

const SCAN_LINES = 30;

export function findMetadata(raw: string, cleaned?: CleanedDocument): DocumentMetadata {
  const lines = normalizeRaw(raw);
  const head = lines.slice(0, SCAN_LINES);

  let publishedAt: FactDate | null = null;
  let titleBeforeDate: string | null = null;
  for (let i = 0; i < head.length; i++) {
    const m = DATELINE.exec(head[i]!.trim());
    if (!m) continue;
    publishedAt = parseDate(m[1]!);
    for (let j = i - 1; j >= 0; j--) {
      const candidate = head[j]!.trim();
      if (!candidate) continue;
      if (candidate.length <= 80 && !candidate.endsWith("。")) titleBeforeDate = candidate;
      break;
    }
    break;
  }

  // A title that carries its day (…記者会見録（令和5年10月3日）) dates the document when no line of its own does.
  if (!publishedAt) {
    const titled = head.find((l) => l.trim() !== "");
    const day = titled ? TITLE_DAY.exec(titled.trim()) : null;
    if (day) publishedAt = parseDate(day[1]!);
  }
  const record = recordFields(head);
  return {
    title: record.title ?? titleBeforeDate ?? runningTitle(lines) ?? firstHeading(cleaned) ?? firstLine(lines),
    publisher: findPublisher(lines),
    publishedAt: publishedAt ?? record.date,
  };
}

/** One field of a database's record: [文書名] …, 【件名】…, several on one line or one per line. */
const FIELD = /[\[【［]([^\]】］]{1,12})[\]】］][ 　]*([^\[【［]*)/g;
const TITLE_LABEL = /^(?:文書名|題名|件名|表題|標題|タイトル|演題|記事名)$/;
const SPEAKER_LABEL = /^(?:演説者|発言者|講演者|話者)$/;
const KIND_LABEL = /^(?:演説種別|種別|演説名)$/;
const DATE_LABEL = /(?:年月日|日付|日時|発表日|公表日|掲載日|発行日|公開日|会見日)$/;

/**
 * A record's fields above the text (データベース「世界と日本」: [文書名], [年月日]; [演説者] with [演説種別]) name
 * the document and its date better than its first line does. Two fields at least: a lone 【注】 is no record.
 */
export function recordFields(lines: string[]): { title: string | null; date: FactDate | null } {
  const fields = new Map<string, string>();
  for (const line of lines) {
    const text = line.trim();
    if (!/^[[【［]/.test(text) || text.endsWith("。")) continue;
    for (const m of text.matchAll(FIELD)) if (!fields.has(m[1]!.trim())) fields.set(m[1]!.trim(), m[2]!.trim());
  }
  if (fields.size < 2) return { title: null, date: null };
  const value = (label: RegExp) => [...fields].find(([k, v]) => label.test(k) && v)?.[1] ?? null;
  const speaker = value(SPEAKER_LABEL);
  const kind = value(KIND_LABEL);
  const title = value(TITLE_LABEL) ?? (speaker && kind ? `${speaker} ${kind}` : null);
  const dated = value(DATE_LABEL);
  return { title: title ? title.slice(0, 120) : null, date: dated ? parseDate(dated) : null };
}

/** The longest running header: page headers alternate between the publication and the section. */
function runningTitle(lines: string[]): string | null {
  let best: string | null = null;
  lines.forEach((line, i) => {
    const isolated = (lines[i - 1] ?? "") === "" && (lines[i + 1] ?? "") === "";
    const m = isolated ? RUNNING_HEADER.exec(line.trim()) : null;
    const title = (m?.[1] ?? m?.[2])?.trim();
    // 2月10日 is a date heading, not page 2 of 「月10日」.
    if (title && /^[年月日]/.test(title)) return;
    if (title && /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(title) && (!best || title.length > best.length)) {
      best = title;
    }
  });
  return best;
}

function firstHeading(cleaned?: CleanedDocument): string | null {
  const heading = cleaned?.blocks.find((b) => b.kind === "heading");
  return heading && cleaned ? cleaned.text.slice(heading.start, heading.end).split("\n")[0]!.trim() || null : null;
}

function firstLine(lines: string[]): string | null {
  const line = lines.find((l) => l.trim())?.trim();
  return line ? line.slice(0, 80) : null;
}

/** A publisher named on a line of its own or in a credit (©, Copyright). */
function findPublisher(lines: string[]): string | null {
  for (const line of lines) {
    const text = line.trim().replace(/^(?:©|Copyright|\(c\))\s*(?:\d{4}\s*)?/i, "");
    if (!text || text.length > 40 || /。$/.test(text)) continue;
    const m = PUBLISHER.exec(text);
    if (m) return m[1]!;
  }
  return null;
}
