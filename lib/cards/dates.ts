// Fact dates at their source precision: formatting in Japanese (2018年6月12日, never ISO) and
// comparison as day ranges.
import type { DatePrecision, FactDate } from "@/lib/facts/types";

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

/** Parses "2018", "2018-06" or "2018-06-12" as its precision requires; null when malformed. */
export function parseFactDate(date: FactDate): DateParts | null {
  const pattern =
    date.precision === "year" ? /^(\d{4})$/ : date.precision === "month" ? /^(\d{4})-(\d{2})$/ : /^(\d{4})-(\d{2})-(\d{2})$/;
  const m = pattern.exec(date.value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null) {
    const t = new Date(Date.UTC(year, month - 1, day));
    if (t.getUTCMonth() !== month - 1) return null;
  }
  return { year, month, day };
}

export function isValidFactDate(date: FactDate): boolean {
  return parseFactDate(date) !== null;
}

/** "2018年", "2018年6月" or "2018年6月12日": the question never claims more precision than the source. */
export function formatFactDate(date: FactDate): string {
  const p = parseFactDate(date);
  if (!p) return date.value;
  if (p.month === null) return `${p.year}年`;
  if (p.day === null) return `${p.year}年${p.month}月`;
  return `${p.year}年${p.month}月${p.day}日`;
}

/** Other spellings a learner may type for a date (2018/6/12, 2018-06-12); the Japanese form first. */
export function dateTypedAnswers(date: FactDate): string[] {
  const p = parseFactDate(date);
  if (!p) return [date.value];
  const out = [formatFactDate(date), date.value];
  if (p.month !== null) out.push(p.day === null ? `${p.year}/${p.month}` : `${p.year}/${p.month}/${p.day}`);
  return [...new Set(out)];
}

/** The date at a coarser precision (2018-06-12 at month → 2018-06); null if the date is less precise than asked. */
export function truncateDate(date: FactDate, precision: DatePrecision): FactDate | null {
  if (PRECISION_RANK[date.precision] < PRECISION_RANK[precision]) return null;
  const p = parseFactDate(date);
  if (!p) return null;
  const value =
    precision === "year"
      ? String(p.year).padStart(4, "0")
      : precision === "month"
        ? date.value.slice(0, 7)
        : date.value.slice(0, 10);
  return { value, precision };
}

function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The inclusive range of days a date covers, as day numbers since 1970-01-01. */
export function dateRange(date: FactDate): { first: number; last: number } | null {
  const p = parseFactDate(date);
  if (!p) return null;
  if (p.month === null) return { first: dayNumber(p.year, 1, 1), last: dayNumber(p.year, 12, 31) };
  if (p.day === null) return { first: dayNumber(p.year, p.month, 1), last: dayNumber(p.year, p.month + 1, 1) - 1 };
  const d = dayNumber(p.year, p.month, p.day);
  return { first: d, last: d };
}

/** True when the two dates could be the same day (2018-06 and 2018-06-12 overlap). */
export function datesOverlap(a: FactDate, b: FactDate): boolean {
  const ra = dateRange(a);
  const rb = dateRange(b);
  if (!ra || !rb) return true; // unknown: assume the worst
  return ra.first <= rb.last && rb.first <= ra.last;
}

/** True only when every day of `a` is before every day of `b`: the order is certain. */
export function isCertainlyBefore(a: FactDate, b: FactDate): boolean {
  const ra = dateRange(a);
  const rb = dateRange(b);
  return !!ra && !!rb && ra.last < rb.first;
}

/** The date moved by `steps` units of its own precision (months roll over years; days use the calendar). */
export function shiftDate(date: FactDate, steps: number): FactDate | null {
  const p = parseFactDate(date);
  if (!p) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (p.month === null) return { value: String(p.year + steps), precision: "year" };
  if (p.day === null) {
    const index = p.year * 12 + (p.month - 1) + steps;
    return { value: `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`, precision: "month" };
  }
  const t = new Date(Date.UTC(p.year, p.month - 1, p.day + steps));
  return { value: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`, precision: "day" };
}

/** Sort key: earliest day covered, then the more precise date first. */
export function compareFactDates(a: FactDate, b: FactDate): number {
  const ra = dateRange(a);
  const rb = dateRange(b);
  if (!ra || !rb) return ra ? -1 : rb ? 1 : 0;
  return ra.first - rb.first || ra.last - rb.last;
}
