// The study day: like Anki, a day runs from 04:00 to 04:00 in the learner's own time zone,
// so a late-night session counts toward the evening it belongs to. Only Intl is used: the
// zone's offset is read for each instant, which keeps DST changes correct.

/** Anki's default "next day starts at" hour. */
export const DEFAULT_ROLLOVER_HOUR = 4;

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock time in `timeZone` at `instant`. */
function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Offset of the zone from UTC at `instant`, in milliseconds (Tokyo: +9 h). */
function offsetMs(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` shows the given local time. If that time
 * is skipped by a DST change it is moved forward by the gap (02:30 → 03:30, as Temporal's
 * "compatible"); if it occurs twice, the earlier instant.
 */
export function zonedTimeToInstant(
  local: { year: number; month: number; day: number; hour: number; minute?: number },
  timeZone: string,
): Date {
  const naive = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute ?? 0);
  // The answer's offset is one of the offsets in force a day either side of it.
  const offsets = [
    offsetMs(new Date(naive - 86_400_000), timeZone),
    offsetMs(new Date(naive), timeZone),
    offsetMs(new Date(naive + 86_400_000), timeZone),
  ];
  const candidates = [...new Set(offsets)]
    .map((o) => naive - o)
    .filter((t) => naive === t + offsetMs(new Date(t), timeZone))
    .sort((a, b) => a - b);
  if (candidates[0] !== undefined) return new Date(candidates[0]);
  // In a gap: the pre-transition offset (the larger candidate instant) lands after the gap.
  const before = Math.max(...offsets.map((o) => naive - o));
  return new Date(before);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function assertArgs(now: Date, timeZone: string, rolloverHour: number): void {
  if (Number.isNaN(now.getTime())) throw new RangeError("now must be a valid Date");
  if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone: ${timeZone}`);
  if (!Number.isInteger(rolloverHour) || rolloverHour < 0 || rolloverHour > 23)
    throw new RangeError("rolloverHour must be an integer 0–23");
}

/** The study day `now` belongs to, as "YYYY-MM-DD" (before 04:00 it is still yesterday). */
export function studyDayOf(now: Date, timeZone: string, rolloverHour = DEFAULT_ROLLOVER_HOUR): string {
  assertArgs(now, timeZone, rolloverHour);
  const w = wallClock(now, timeZone);
  const calendar = new Date(Date.UTC(w.year, w.month - 1, w.day - (w.hour < rolloverHour ? 1 : 0)));
  return `${pad(calendar.getUTCFullYear(), 4)}-${pad(calendar.getUTCMonth() + 1)}-${pad(calendar.getUTCDate())}`;
}

function rolloverOf(day: string, offsetDays: number, timeZone: string, rolloverHour: number): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const calendar = new Date(Date.UTC(y, m - 1, d + offsetDays));
  return zonedTimeToInstant(
    { year: calendar.getUTCFullYear(), month: calendar.getUTCMonth() + 1, day: calendar.getUTCDate(), hour: rolloverHour },
    timeZone,
  );
}

/** The instant the current study day began (today 04:00 local, or yesterday's if before 04:00). */
export function startOfStudyDay(now: Date, timeZone: string, rolloverHour = DEFAULT_ROLLOVER_HOUR): Date {
  return rolloverOf(studyDayOf(now, timeZone, rolloverHour), 0, timeZone, rolloverHour);
}

/** The instant the next study day begins; reviews due before it are due "today". */
export function startOfNextStudyDay(now: Date, timeZone: string, rolloverHour = DEFAULT_ROLLOVER_HOUR): Date {
  return rolloverOf(studyDayOf(now, timeZone, rolloverHour), 1, timeZone, rolloverHour);
}

/** Whole study days from the day of `from` to the day of `to` (for forecasts and streaks). */
export function studyDaysBetween(from: Date, to: Date, timeZone: string, rolloverHour = DEFAULT_ROLLOVER_HOUR): number {
  const a = Date.parse(studyDayOf(from, timeZone, rolloverHour) + "T00:00:00Z");
  const b = Date.parse(studyDayOf(to, timeZone, rolloverHour) + "T00:00:00Z");
  return Math.round((b - a) / 86_400_000);
}
