// Clauses of a sentence as extraction sees them: each with its dates (and whether a date dates the
// predicate or only a noun), its statement cue and any agreement it names; then segments, where clauses
// with none of these join their neighbours.
import type { Token } from "./analyse";
import { findAgreement, type AgreementMention } from "./agreements";
import { findCues, type Cue } from "./cues";
import type { DateMention } from "./dates";
import type { Span } from "./segment";

/**
 * primary: dates the predicate; adnominal: qualifies a noun (6月の会談, 8月解散); reference: a point measured
 * from (2003年10月以来); elsewhere: the time of something else — a limit (…までに), a plan that did not
 * happen, a law's number, a happening's own noun (占領終了（1952年4月28日）) — so the act is left undated.
 */
/** primary: times the clause's act; qualifying: times a clause that qualifies a noun (5日に行った練習), the act's
 *  only when the sentence gives no primary; adnominal: names a noun's time; reference/elsewhere: time nothing told. */
export type DateRole = "primary" | "qualifying" | "adnominal" | "reference" | "elsewhere";

export interface RoledDate extends DateMention {
  role: DateRole;
  /** A qualifying date of the thing acted on (2019年に採択された原則を改定した): it never dates the act. */
  ofObject?: boolean;
}

export interface Clause extends Span {
  dates: RoledDate[];
  cue: Cue | null;
  agreement: AgreementMention | null;
  /** An undated clause that narrates a happening of its own (…したところ，). */
  happening: boolean;
  /** A count over a span (通算200勝, 在任中に優勝5回): no happening of any one date the sentence names. */
  tally?: boolean;
}

/** A clause that narrates what someone did before the main predicate: 韓国がこれを米国に伝達したところ，. */
export const HAPPENING_CLAUSE = /(?:し|っ|い)たところ[，、,]$/;

/** A date after a predicate, in parentheses or adverbial (6月12日，/ 10月に) dates the clause; 6月の… only qualifies a noun. */
/** …交渉の開始が宣言された: a thing that was done, as a clause of its own. */
const DONE_TO_THING = /が[^、，,。]{0,12}され(?:た|ました|ます)。?$/;

/** …52か国を訪問し、 / …会合を開催し、: an act with its object, told on the way to the sentence's point. */
const ACT_CLAUSE = /[をで][^、，,。]{0,20}?(?:訪問|開催|実施|署名|締結|派遣|出席|参加|採択|発表|設立|導入|供与|提出|可決|否決|成立|施行)し[、，,]$/;

/** A count or total over a career or period: 通算200勝を挙げ, 在任中にリーグ優勝に5回, 日本一には2回輝いた, 計3度. */
export const TALLY =
  /(?:通算|合計|計|生涯|在任中|在籍中|現役中|その間|期間中)[^、，,。]{0,16}?[0-9０-９一二三四五六七八九十百千]+(?:回|度|勝|敗|本|個|件|冠|試合|得点|点)|[0-9０-９一二三四五六七八九十]+(?:回|度)(?:にわたり|も)?[^、，,。]{0,6}?輝/;

/** The tokens inside a span (tokens are in text order: a binary search finds the first). */
export function tokensIn(tokens: Token[], span: Span): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.end <= span.end; i += 1) out.push(tokens[i]!);
  return out;
}

/** A law's or a precedent's number: 大正八年法律第三六号, 昭和五七年（行ツ）第四六号, 平成元年二月一七日第二小法廷判決. */
const CITATION = /^(?:[（(][^）)]{1,6}[）)])?(?:法律|政令|省令|条例|勅令|告示)?第[〇一二三四五六七八九十百千0-9０-９]+(?:号|小法廷|法廷)|^(?:[（(][^）)]{1,6}[）)])?(?:法律|政令|省令|条例|勅令|告示)第/;
/** A point a state is measured at or a period counted from, not a time anything happened: ３月末現在, 6月時点での知見,
 *  翌日から起算して15日以内, 平成28年2月25日から支払済みまで. */
const AS_OF = /^(?:現在|時点|から起算|から支払済)/;
/** A plan naming a noun (19日に行われる予定のフリーで…): its day has not come in the narration (…予定です stays an event). */
const PLAN_OF_NOUN = /^に?[^、，。]{0,12}?予定の/;
/** A limit, not a time: …を2020年までに全廃, 1945年以前の, 来年の春までに. */
const DEADLINE = /^(?:の?(?:春|夏|秋|冬|初め|はじめ|半ば|中頃|末|前半|後半))?(?:まで|以内|以前|より前)/;
/**
 * A plan that did not happen as planned: 1996年の打ち上げを予定していたが…, 2004年の到着を目指していたものの….
 * (8月下旬に予定されていた訪朝を中止: the plan's month still dates the cancelling.)
 */
const PLANNED = /(?:予定|計画|目標|目指|見込|見積も)[^、，,。]{0,8}(?:いた|だった|であった)(?:が|ものの|にもかかわらず)/;
/** The date of a later happening inside a decision: …2019年1月1日に同改正が発効することが決まる. */
const DECIDED_LATER = /(?:こと|の)(?:が|に)(?:決ま|確定|決定)/;
/** Nouns that have a time of their own: a happening (終了, 発効, 設立 …) or a document (報告, レポート …). */
const NOUN_WITH_TIME = /(?:終了|開始|発効|失効|締結|調印|設立|成立|発足|廃止|解散|採択|署名|制定|施行|公布|改正|報告|レポート|宣言|声明|会議|会談|選挙|事件|戦争|危機|ショック)$/;
/** 占領終了（1952年4月28日）, （ヤングレポート 1948年6月）: a date in parentheses after such a noun names its time. */
function namesNoun(sentence: string, mention: DateMention): boolean {
  const open = sentence.lastIndexOf("（", mention.start);
  const close = sentence.indexOf("）", open);
  if (open < 0 || close < mention.start) return false;
  const before = sentence.slice(0, open);
  // (訪朝したラブロフ外相（5月）と会見し: after a person the date is of the act told with them.)
  if (NOUN_WITH_TIME.test(before) && mention.start - open <= 12) return true;
  // ダートマス会議（1956年）で, 東京五輪（1964年）を機に: a bare year in parentheses after a noun, the sentence going on
  // with a particle, is the noun's year (a person's month, ラブロフ外相（5月）と, still dates the act told with them).
  const inside = sentence.slice(open + 1, close);
  return (
    mention.date.precision === "year" &&
    /^(?:[0-9０-９]{4}|[^\s]{2,4}[0-9０-９元一二三四五六七八九十]+)年(?:代)?$/.test(inside) &&
    // (後年（1985年）には: a time word the year only spells out.)
    /[\p{Script=Han}\p{Script=Katakana}ー]$/u.test(before) && !/[年月日代期頃後前時間]$/.test(before) &&
    /^(?:を|で|が|は|の|と|に(?!し))/.test(sentence.slice(close + 1))
  );
}

/** 5日に行った公式練習: the date times a clause that qualifies a noun, not the sentence's act (unless nothing else does). */
/** 2019年に採択された原則を改定した: the clause names the thing acted on; its date is the thing's, not the act's.
 *  (8月下旬に予定されていた訪朝を中止: a plan's month is left to PLANNED's reading.) */
const TIMES_OBJECT = /^に(?![^、，。]{0,4}(?:予定|計画))[^、，。にでを]{0,6}?(?:した|された|れた|った|いた|えた|けた|せた|てた|ねた|べた|めた|りた|きた|ぎた|んだ)[\p{Script=Han}\p{Script=Katakana}][^、，。がはにでをと「」（）]{0,16}?を(?!機|契機|受け|めぐ|巡|経|へ)/u;
export const TIMES_RELATIVE_CLAUSE = /^に[^、，。にでを]{0,6}?(?:した|された|れた|った|いた|えた|けた|せた|てた|ねた|べた|めた|りた|きた|ぎた|んだ)(?=[\p{Script=Han}\p{Script=Katakana}])/u;

export function roleDate(sentence: string, mention: DateMention, offset: number): RoledDate {
  const after = sentence.slice(mention.end).replace(/^(?:上旬|中旬|下旬|初め|初旬|末|半ば)/, "");
  // 8月解散: a month or day fused with a noun qualifies it (yet 8月30日公示 may date the act, so it stays a fallback).
  const fused = mention.date.precision !== "year" && /^(?![上中下]旬|末|初|頃|以|前|後|中|時|付|午|朝|夜|夕|未明|現在|時点|分|当時|号)\p{Script=Han}/u.test(after);
  const clauseRest = /^[^、，,。]*/.exec(after)![0];
  // 2001年から通算200勝を挙げた: a span's start is no time of the total counted over it.
  const spanStartOfTally = /^(?:から|より)/.test(after) && TALLY.test(clauseRest);
  const role: DateRole =
    /^(?:以来|ぶり|来)/.test(after)
      ? "reference"
      : spanStartOfTally || DEADLINE.test(after) || AS_OF.test(after) || PLAN_OF_NOUN.test(after) || CITATION.test(after) || PLANNED.test(clauseRest) || DECIDED_LATER.test(clauseRest) || namesNoun(sentence, mention)
        ? "elsewhere"
        : /^の/.test(after) || fused
        ? "adnominal"
        : TIMES_RELATIVE_CLAUSE.test(after)
        ? "qualifying"
        : "primary";
  const ofObject = role === "qualifying" && TIMES_OBJECT.test(after);
  return { ...mention, start: mention.start + offset, end: mention.end + offset, role, ...(ofObject ? { ofObject } : {}) };
}

export function describeClause(
  text: string,
  depths: Uint8Array,
  span: Span,
  dates: RoledDate[],
  tokens: Token[],
): Clause {
  const clauseText = text.slice(span.start, span.end);
  const cues = findCues(clauseText, depths.subarray(span.start, span.end), tokensIn(tokens, span), span.start);
  const lastCue = cues.at(-1);
  return {
    ...span,
    dates: dates.filter((d) => d.start >= span.start && d.start < span.end),
    cue: lastCue ? { ...lastCue, start: lastCue.start + span.start, end: lastCue.end + span.start } : null,
    agreement: findAgreement(text, span),
    tally: cues.length === 0 && !dates.some((d) => d.start >= span.start && d.start < span.end) && TALLY.test(clauseText),
    happening:
      cues.length === 0 &&
      ((HAPPENING_CLAUSE.test(clauseText) && /[がは]/.test(clauseText)) || DONE_TO_THING.test(clauseText) || ACT_CLAUSE.test(clauseText)),
  };
}

export interface Segment extends Span {
  dates: RoledDate[];
  cue: Cue | null;
  agreement: AgreementMention | null;
  happening?: boolean;
  /** A count over a span, told after a dated clause: undated, and it takes no date from the sentence or before. */
  tally?: boolean;
}

/** Clauses without a date, cue or agreement join the segment before them (or the first one after). */
export function mergeSegments(clauses: Clause[], text: string, sentence: Span): Segment[] {
  const segments: Segment[] = [];
  let pendingStart: number | null = null;
  for (const clause of clauses) {
    // 1975年より監督に就任し、在任中にリーグ優勝に5回…輝いた: the total starts a segment of its own, so the year stays with the 就任.
    const tally = clause.tally === true && segments.length > 0 && pendingStart === null;
    const anchored = clause.dates.length > 0 || clause.cue !== null || clause.agreement !== null || clause.happening || tally;
    if (!anchored) {
      const last = segments.at(-1);
      if (last) last.end = clause.end;
      else pendingStart ??= clause.start;
      continue;
    }
    segments.push({
      start: pendingStart ?? clause.start,
      end: clause.end,
      dates: [...clause.dates],
      cue: clause.cue,
      agreement: clause.agreement,
      happening: clause.happening,
      ...(tally ? { tally } : {}),
    });
    pendingStart = null;
  }
  // "…共同報道文を発表し，3者の連携をアピールした（10月）。": a date closing the sentence dates the statement before it.
  const last = segments.at(-1);
  const prev = segments.at(-2);
  if (last && prev && !last.cue && !last.agreement && prev.cue && prev.dates.length === 0) {
    const tail = text.slice(last.start, sentence.end);
    if (last.dates.length && /[（(][^（）()]*[）)]。?$/.test(tail) && last.dates.every((d) => d.start >= last.start + tail.lastIndexOf("（"))) {
      prev.end = last.end;
      prev.dates = last.dates;
      segments.pop();
    }
  }
  // 総理は先月の記者会見で、…とおっしゃいました: a dated occasion the statement was made at is no happening of its own;
  // it joins the statement, whose time it gives.
  for (let i = 0; i + 1 < segments.length; i += 1) {
    const frame = segments[i]!;
    const next = segments[i + 1]!;
    if (frame.cue || frame.agreement || !frame.dates.length || !next.cue || next.dates.length) continue;
    if (!OCCASION.test(text.slice(frame.start, frame.end).trimEnd())) continue;
    next.start = frame.start;
    next.dates = frame.dates;
    segments.splice(i, 1);
  }
  return segments;
}

/** The occasion a statement was made at, closing its clause: …の記者会見で、…の国会において. */
const OCCASION = /(?:記者会見|会見|国会|本会議|委員会|演説|講演|インタビュー|討論|集会|席上)(?:で|において|の場で)[、，,]?$/;

/** The dates an event takes: its primary dates, else its first; an approximate date only when nothing exact is given. */
export function eventDatesOf(dates: RoledDate[]): RoledDate[] {
  // (A date of the thing acted on still tells the narration's year: it is only no date of the act.)
  const measured = dates.filter((d) => d.role !== "reference" && d.role !== "elsewhere" && !d.ofObject);
  const exact = measured.filter((d) => !d.approximate);
  const pool = exact.length ? exact : measured;
  const primaries = pool.filter((d) => d.role === "primary");
  if (primaries.length) return primaries;
  // 1976年に発覚したロッキード事件、また1988年に発覚したリクルート事件: with no act of its own dated, each is a happening.
  const qualifying = pool.filter((d) => d.role === "qualifying");
  return qualifying.length ? qualifying : pool.slice(0, 1);
}

/**
 * A statement segment whose dates all come before 「…を受けて」 splits in two: the dated happening that
 * triggered the statement, and the statement itself.
 */
export function splitTrigger(text: string, depths: Uint8Array, segment: Segment): [Segment | null, Segment] {
  if (!segment.cue || !segment.dates.length) return [null, segment];
  const body = text.slice(segment.start, segment.cue.start);
  const m = /を受けて[，、,]?|を受け[，、,]/g;
  let cut = -1;
  for (const hit of body.matchAll(m)) if (depths[segment.start + hit.index] === 0) cut = segment.start + hit.index + hit[0].length;
  if (cut < 0 || !segment.dates.every((d) => d.end <= cut)) return [null, segment];
  return [
    { start: segment.start, end: cut, dates: segment.dates, cue: null, agreement: null },
    { ...segment, start: cut, dates: [] },
  ];
}

/** A span of time is one happening, dated by its start: ６月から10月に実施, 2004年末から2005年初頭にかけて. */
export function withoutRangeEnds(dates: RoledDate[], text: string): RoledDate[] {
  return dates.filter((d) => !dates.some((o) => o.end <= d.start && /^(?:上旬|中旬|下旬|初め|初旬|初頭|末|半ば|頃)?(?:から|より|～|〜|－|ー)(?:翌)?$/.test(text.slice(o.end, d.start))));
}

/** Each date once, and not a year or month that another of the dates tells more exactly (2009 beside 2009-05). */
export function uniqueDates(dates: RoledDate[]): RoledDate[] {
  const seen = new Set<string>();
  const once = dates.filter((d) => (seen.has(d.date.value) ? false : (seen.add(d.date.value), true)));
  return once.filter((d) => !once.some((o) => o !== d && o.date.value.startsWith(`${d.date.value}-`)));
}

export function insideQuote(sentence: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i += 1) {
    if (sentence[i] === "「" || sentence[i] === "『") depth += 1;
    else if ((sentence[i] === "」" || sentence[i] === "』") && depth > 0) depth -= 1;
  }
  return depth > 0;
}
