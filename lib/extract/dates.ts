// Japanese date mentions: 西暦, 和暦, month-only, ranges and relative dates, resolved against the
// publication date or the last explicit date. Pure functions; offsets index the scanned string.

import type { DatePrecision, FactDate } from "@/lib/facts/types";

/** What a bare month or a relative date is resolved against. */
export interface DateContext {
  /** Publication date: anchors 今月, 昨年, 今年 … and month-only dates with no year in the text. */
  published?: { year: number; month?: number; day?: number };
  /** The last explicit (non-approximate) date seen: anchors 同月, 翌年, 翌27日 and bare months. */
  year?: number;
  month?: number;
  day?: number;
}

export interface DateMention {
  start: number;
  end: number;
  date: FactDate;
  /** 頃, ごろ, 前後: an approximate date does not become the context for later dates. */
  approximate: boolean;
  /** Resolved from context (今月1日, 同月, 9月 without a year) rather than stated in full. */
  relative: boolean;
}

const ERA_START_YEAR: Record<string, number> = {
  明治: 1868,
  大正: 1912,
  昭和: 1926,
  平成: 1989,
  令和: 2019,
};

/** Full-width digits to ASCII; same length, so offsets are preserved. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const KANJI_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "12", "十二", "二〇一八", "元" → number. */
function parseNumber(raw: string): number {
  if (raw === "元") return 1;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (raw.includes("十")) {
    const [tens, ones] = raw.split("十");
    const t = tens ? (KANJI_DIGITS[tens] ?? Number.NaN) : 1;
    const o = ones ? (KANJI_DIGITS[ones] ?? Number.NaN) : 0;
    return t * 10 + o;
  }
  let value = 0;
  for (const ch of raw) {
    const d = KANJI_DIGITS[ch];
    if (d === undefined) return Number.NaN;
    value = value * 10 + d;
  }
  return value;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function formatFactDate(year: number, month?: number, day?: number): FactDate {
  if (month === undefined) return { value: String(year), precision: "year" };
  if (day === undefined) return { value: `${year}-${pad(month)}`, precision: "month" };
  return { value: `${year}-${pad(month)}-${pad(day)}`, precision: "day" };
}

/** "2019-12-10" / "2019-12" / "2019" → context anchor. */
export function publishedContext(publishedAt: string | null | undefined): DateContext {
  const m = publishedAt ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(publishedAt) : null;
  if (!m) return {};
  return {
    published: {
      year: Number(m[1]),
      month: m[2] ? Number(m[2]) : undefined,
      day: m[3] ? Number(m[3]) : undefined,
    },
  };
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const N = "(\\d{1,4}|[〇零一二三四五六七八九十]{1,4}|元)";
// Kanji numbers of a month or day: 十五, 二十八, and a judgment's positional 一五, 二八, 三一, 一〇.
const SMALL = "(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三][〇一二三四五六七八九]|[一二三四五六七八九])";
// Separators of ranges: 3月25～28日, 2016─17年, 2016-2017年.
const RANGE = "[～〜~ー―─－\\-–]";
// Month qualifiers that keep month precision: 11月末, 8月下旬.
const MONTH_PART = "(?:上旬|中旬|下旬|初め|初旬|末|半ば)";
const APPROX = "(?:頃|ごろ|前後|ころ)";
// A day or a day range: 12日, 25～28日, 25日～28日 (a range resolves to its first day).
const DAY = `${SMALL}(?:日?${RANGE}${SMALL})?日`;

const PATTERNS = {
  // 平成30年（2018年）11月29日 / 令和元年5月1日 / 平成20年10月11日
  era: new RegExp(
    `(明治|大正|昭和|平成|令和)${N}年(?:[（(]${N}年[）)])?(?:${SMALL}月(?:${DAY})?)?`,
    "y",
  ),
  // 2018年4月27日 / 2016─17年 / 2003年頃 / 2019/12/10
  // 1941年（昭和16年）12月8日: the era year in parentheses between year and month is Wikipedia's habit.
  western: new RegExp(
    `(\\d{4}|[〇零一二三四五六七八九]{4})(?:${RANGE}(\\d{2,4}))?年(?:度)?(?:[（(](?:明治|大正|昭和|平成|令和)(?:\\d{1,2}|元)年[）)])?(?:${SMALL}月(?:${DAY})?)?`,
    "y",
  ),
  slashed: /(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?!\d)/y,
  // 昨年12月, 翌年6月26日, 同年, 今年
  relativeYear: new RegExp(`(今年|ことし|本年|昨年|去年|前年|同年|翌年|来年|再来年|一昨年|おととし)(?:の)?(?:${SMALL}月(?:${DAY})?)?`, "y"),
  // 本日, きょう, 昨夜, あす: days counted from the publication date
  publicationDay: /(本日|今日|きょう|今朝|けさ|今夜|今晩|昨日|きのう|昨夜|昨晩|一昨日|おととい|明日|あす|あした|明後日|あさって)/y,
  // 4日 with no month: a day of the month in context (the last date's, else the publication's)
  bareDay: new RegExp(`(?<!一日)${SMALL}日(?![間後前以連ぶ付目中]|も|でも|たりとも|一日|だけ|のみ|限り|ずつ|おき|ごと|あたり|当たり)`, "y"),
  // (一日だけ, 1日あたり, 3日おき are lengths and rates, not days of the month.)
  // 今月1日, 同月14日, 先月, 翌月
  relativeMonth: new RegExp(`(今月|本月|同月|先月|前月|翌月|来月)(?:${SMALL}日)?`, "y"),
  // 翌27日, 同14日, 前日, 同日, 翌日
  relativeDay: new RegExp(`(?:(翌|同|前)${SMALL}日|(同日|翌日|前日|当日|当時))`, "y"),
  // 3月25～28日 / 9月 / 8月下旬 / 6月12日
  monthDay: new RegExp(`${SMALL}月(?:${DAY}|${MONTH_PART})?`, "y"),
};

const DIGIT_OR_KANJI_NUMBER = /[\d〇零一二三四五六七八九十]/;
/** Characters a date mention can start with; other positions are skipped without trying the patterns. */
const DATE_START = /[\d〇零一二三四五六七八九十明大昭平令今本昨去前同翌来先一当こ再おきけあ]/;
const APPROX_AHEAD = new RegExp(`^${APPROX}`);
const RANGE_JOIN = /^(?:[（(]?[月火水木金土日]曜日?[)）]?)?(?:から|より)$/;

interface Resolved {
  year: number;
  month?: number;
  day?: number;
  relative: boolean;
}

/**
 * Scans `text` for date mentions and resolves each one. The context is updated as explicit dates are
 * read (so 同月 and bare months follow the text); pass the returned context to the next call to carry it on.
 */
export function scanDates(text: string, context: DateContext = {}): { mentions: DateMention[]; context: DateContext } {
  const ascii = toAsciiDigits(text);
  const ctx: DateContext = { ...context };
  const mentions: DateMention[] = [];
  let i = 0;
  while (i < ascii.length) {
    if (!DATE_START.test(ascii[i]!)) {
      i += 1;
      continue;
    }
    const prev = i > 0 ? ascii[i - 1]! : "";
    const startsNumber = DIGIT_OR_KANJI_NUMBER.test(ascii[i]!);
    // A number glued to a preceding digit is not the start of a date (e.g. "12" inside "2012").
    if (startsNumber && prev && /[\d.]/.test(prev)) {
      i += 1;
      continue;
    }
    const hit = matchAt(ascii, i, ctx);
    if (!hit) {
      i += 1;
      continue;
    }
    const { length, resolved } = hit;
    let end = i + length;
    // The end of a range (7月28日から31日まで, 9月22日木曜日から12月27日火曜日まで) dates nothing of its own:
    // the happening takes the range's first day.
    const previous = mentions.at(-1);
    if (previous && RANGE_JOIN.test(ascii.slice(previous.end, i)) && /^(?:[（(]?[月火水木金土日]曜日?[)）]?)?(?:まで|にかけて)/.test(ascii.slice(end, end + 8))) {
      i = end;
      continue;
    }
    // 1970年代 is a decade, not the year 1970; 1日24時間 is a length of time, not the first of the month.
    if (/^代/.test(ascii.slice(end, end + 1)) || (resolved.relative && /^\d/.test(ascii.slice(end, end + 1)))) {
      i = end;
      continue;
    }
    const approx = APPROX_AHEAD.exec(ascii.slice(end, end + 3));
    if (approx) end += approx[0].length;
    const date = formatFactDate(resolved.year, resolved.month, resolved.day);
    mentions.push({ start: i, end, date, approximate: Boolean(approx), relative: resolved.relative });
    if (!approx) {
      ctx.year = resolved.year;
      ctx.month = resolved.month;
      ctx.day = resolved.day;
    }
    i = end;
  }
  return { mentions, context: ctx };
}

/** The first date in `text`, resolved against `context`, or null. */
export function parseDate(text: string, context: DateContext = {}): FactDate | null {
  return scanDates(text, context).mentions[0]?.date ?? null;
}

function contextYear(ctx: DateContext, month?: number): number | undefined {
  const pub = ctx.published;
  // News of May 2026 that told July 2025 and then a bare 3月: the narration has moved on into the publication's year.
  if (ctx.year !== undefined && month !== undefined && ctx.month !== undefined && month < ctx.month && pub?.month !== undefined && pub.year === ctx.year + 1 && month <= pub.month) {
    return pub.year;
  }
  if (ctx.year !== undefined) return ctx.year;
  if (!pub) return undefined;
  // A month later than the publication month, with no year given, is last year's (news written in December about "2月").
  if (month !== undefined && pub.month !== undefined && month > pub.month) return pub.year - 1;
  return pub.year;
}

function ok(year: number, month?: number, day?: number): boolean {
  if (!Number.isFinite(year) || year < 1000 || year > 2999) return false;
  if (month === undefined) return true;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return validDay(year, month, day);
}

function matchAt(text: string, at: number, ctx: DateContext): { length: number; resolved: Resolved } | null {
  const tryPattern = (re: RegExp) => {
    re.lastIndex = at;
    return re.exec(text);
  };
  const following = (m: RegExpExecArray) => text.slice(at + m[0].length, at + m[0].length + 2);

  let m = tryPattern(PATTERNS.era);
  if (m) {
    const eraYear = parseNumber(m[2]!);
    const western = m[3] ? parseNumber(m[3]) : ERA_START_YEAR[m[1]!]! + eraYear - 1;
    const month = m[4] ? parseNumber(m[4]) : undefined;
    const day = m[5] ? parseNumber(m[5]) : undefined;
    if (ok(western, month, day)) return { length: m[0].length, resolved: { year: western, month, day, relative: false } };
  }

  m = tryPattern(PATTERNS.slashed);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (ok(y, mo, d)) return { length: m[0].length, resolved: { year: y, month: mo, day: d, relative: false } };
  }

  m = tryPattern(PATTERNS.western);
  if (m && !/^間/.test(following(m))) {
    const year = parseNumber(m[1]!);
    const month = m[3] ? parseNumber(m[3]) : undefined;
    const day = m[4] ? parseNumber(m[4]) : undefined;
    if (ok(year, month, day)) return { length: m[0].length, resolved: { year, month, day, relative: false } };
  }

  m = tryPattern(PATTERNS.relativeYear);
  if (m) {
    const word = m[1]!;
    const pubYear = ctx.published?.year;
    const base =
      word === "同年" || word === "前年" || word === "翌年"
        ? (ctx.year ?? pubYear)
        : (pubYear ?? ctx.year);
    if (base !== undefined) {
      const offset: Record<string, number> = {
        今年: 0, ことし: 0, 本年: 0, 同年: 0, 昨年: -1, 去年: -1, 前年: -1, 翌年: 1, 来年: 1, 再来年: 2, 一昨年: -2, おととし: -2,
      };
      const year = base + (offset[word] ?? 0);
      const month = m[2] ? parseNumber(m[2]) : undefined;
      const day = m[3] ? parseNumber(m[3]) : undefined;
      if (ok(year, month, day)) return { length: m[0].length, resolved: { year, month, day, relative: true } };
    }
  }

  m = tryPattern(PATTERNS.relativeMonth);
  if (m) {
    const word = m[1]!;
    const fromPublication = word === "今月" || word === "本月" || word === "先月" || word === "来月";
    const anchor = fromPublication
      ? ctx.published?.month !== undefined
        ? { year: ctx.published.year, month: ctx.published.month }
        : undefined
      : ctx.year !== undefined && ctx.month !== undefined
        ? { year: ctx.year, month: ctx.month }
        : undefined;
    if (anchor) {
      const offset = word === "先月" || word === "前月" ? -1 : word === "翌月" || word === "来月" ? 1 : 0;
      const shifted = new Date(Date.UTC(anchor.year, anchor.month - 1 + offset, 1));
      const year = shifted.getUTCFullYear();
      const month = shifted.getUTCMonth() + 1;
      const day = m[2] ? parseNumber(m[2]) : undefined;
      if (ok(year, month, day)) return { length: m[0].length, resolved: { year, month, day, relative: true } };
    }
  }

  m = tryPattern(PATTERNS.relativeDay);
  if (m && ctx.year !== undefined && ctx.month !== undefined) {
    const word = m[3] ?? m[1]!;
    if (word === "当時") {
      // 当時: the time of the last explicit date, at that date's precision.
      return { length: m[0].length, resolved: { year: ctx.year, month: ctx.month, day: ctx.day, relative: true } };
    }
    if (m[2]) {
      // 翌27日: the next 27th after the context date; 同14日: the 14th of the context month.
      let year = ctx.year;
      let month = ctx.month;
      const day = parseNumber(m[2]);
      if (word === "翌" && ctx.day !== undefined && day <= ctx.day) {
        month += 1;
        if (month > 12) {
          month = 1;
          year += 1;
        }
      }
      if (ok(year, month, day)) return { length: m[0].length, resolved: { year, month, day, relative: true } };
    } else if (ctx.day !== undefined) {
      const offset = word === "翌日" ? 1 : word === "前日" ? -1 : 0;
      const shifted = new Date(Date.UTC(ctx.year, ctx.month - 1, ctx.day + offset));
      return {
        length: m[0].length,
        resolved: {
          year: shifted.getUTCFullYear(),
          month: shifted.getUTCMonth() + 1,
          day: shifted.getUTCDate(),
          relative: true,
        },
      };
    }
  }

  m = tryPattern(PATTERNS.publicationDay);
  const pub = ctx.published;
  if (m && pub?.month !== undefined && pub.day !== undefined) {
    const offsets: Record<string, number> = {
      本日: 0, 今日: 0, きょう: 0, 今朝: 0, けさ: 0, 今夜: 0, 今晩: 0,
      昨日: -1, きのう: -1, 昨夜: -1, 昨晩: -1, 一昨日: -2, おととい: -2,
      明日: 1, あす: 1, あした: 1, 明後日: 2, あさって: 2,
    };
    const shifted = new Date(Date.UTC(pub.year, pub.month - 1, pub.day + (offsets[m[1]!] ?? 0)));
    return {
      length: m[0].length,
      resolved: { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(), relative: true },
    };
  }

  m = tryPattern(PATTERNS.monthDay);
  if (m) {
    const before = at > 0 ? text[at - 1]! : "";
    const after = following(m);
    // "3か月", "第2月", "12月間" are durations or ordinals, not dates.
    const isDuration = /^間/.test(after) || before === "第" || /^[かヶカケ]/.test(text.slice(at + m[1]!.length));
    const month = parseNumber(m[1]!);
    const year = contextYear(ctx, month);
    if (!isDuration && year !== undefined) {
      const day = m[2] ? parseNumber(m[2]) : undefined;
      if (ok(year, month, day)) return { length: m[0].length, resolved: { year, month, day, relative: true } };
    }
  }

  m = tryPattern(PATTERNS.bareDay);
  if (m && !/[月第]/.test(at > 0 ? text[at - 1]! : "")) {
    const anchor =
      ctx.year !== undefined && ctx.month !== undefined
        ? { year: ctx.year, month: ctx.month }
        : pub?.month !== undefined
          ? { year: pub.year, month: pub.month }
          : undefined;
    const day = parseNumber(m[1]!);
    if (anchor && ok(anchor.year, anchor.month, day)) {
      return { length: m[0].length, resolved: { year: anchor.year, month: anchor.month, day, relative: true } };
    }
  }
  return null;
}

export function comparePrecision(a: DatePrecision, b: DatePrecision): number {
  const rank: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };
  return rank[a] - rank[b];
}
