// Finds the dates a piece of card text mentions, in any spelling a reader would recognise:
// 2018年6月12日, 2018-06-12, 2018/6/12, 平成30年6月12日, 令和元年, 6月12日, 6月. Used by the checks
// (a question must not name its own date answer; visible text must not show ISO dates).

/** A mentioned date; parts the text does not give are undefined. */
export interface DateMention {
  year?: number;
  month?: number;
  day?: number;
}

/** First Gregorian year of each era (元年 = that year). */
const ERAS: Record<string, number> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019 };

const ERA = Object.keys(ERAS).join("|");
// Western, era, ISO and slash dates, then month–day and bare month. Order matters: the longer forms first.
const MENTION = new RegExp(
  [
    `(?<iso>(?<isoY>\\d{4})[-/](?<isoM>\\d{1,2})(?:[-/](?<isoD>\\d{1,2}))?)`,
    `(?<jp>(?:(?<era>${ERA})(?<eraY>\\d{1,2}|元)年|(?<wY>\\d{4})年)(?:[（(]\\d{4}年[)）])?(?:(?<jM>\\d{1,2})月(?:(?<jD>\\d{1,2})日)?)?)`,
    `(?<md>(?<mdM>\\d{1,2})月(?:(?<mdD>\\d{1,2})日)?)`,
    // A year range (2016─17年, 2016〜2017年): the first year.
    `(?<rY>\\d{4})(?=\\s*[─–—\\-〜~～]\\s*\\d{2,4}年)`,
  ].join("|"),
  "g",
);

/** Full-width digits and slashes to ASCII, so every spelling is found by one pattern. */
function asciiDigits(text: string): string {
  return text.normalize("NFKC");
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));

/** Every date mention in `text`, in order. Text inside 「」 is a name (「9月平壌共同宣言」) and is skipped when `skipQuoted`. */
export function findDateMentions(text: string, opts: { skipQuoted?: boolean } = {}): DateMention[] {
  const source = opts.skipQuoted ? text.replace(/「[^「」]*」/g, (m) => "＿".repeat(m.length)) : text;
  const out: DateMention[] = [];
  for (const m of asciiDigits(source).matchAll(MENTION)) {
    const g = m.groups ?? {};
    if (g.iso) {
      out.push({ year: num(g.isoY), month: num(g.isoM), day: num(g.isoD) });
    } else if (g.jp) {
      const year = g.era ? (ERAS[g.era] ?? 0) + (g.eraY === "元" ? 0 : Number(g.eraY) - 1) : num(g.wY);
      out.push({ year, month: num(g.jM), day: num(g.jD) });
    } else if (g.rY) {
      out.push({ year: num(g.rY) });
    } else if (g.md) {
      out.push({ month: num(g.mdM), day: num(g.mdD) });
    }
  }
  return out.filter((d) => d.month === undefined || (d.month >= 1 && d.month <= 12));
}

/** True when the mention gives away (part of) `answer`: every part both give is the same, and they share at least one. */
export function mentionMatches(mention: DateMention, answer: DateMention): boolean {
  const parts = (["year", "month", "day"] as const).filter((p) => mention[p] !== undefined && answer[p] !== undefined);
  return parts.length > 0 && parts.every((p) => mention[p] === answer[p]);
}

/** Parses a card's date answer (2018年6月12日, 2018年6月, 2018年); null when the text is not exactly a date. */
export function parseDateAnswer(text: string): DateMention | null {
  const m = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/.exec(asciiDigits(text.trim()));
  if (!m) return null;
  return { year: Number(m[1]), month: num(m[2]), day: num(m[3]) };
}

/** The precision a date answer is given at, for comparing options. */
export function dateAnswerShape(text: string): "year" | "month" | "day" | null {
  const d = parseDateAnswer(text);
  if (!d) return null;
  return d.day !== undefined ? "day" : d.month !== undefined ? "month" : "year";
}

/** ISO-style dates (2018-06-12, 2018-06) that a reader should never see. */
export const ISO_DATE = /\d{4}-\d{2}(?:-\d{2})?/;
