// Wall-clock times in a named time zone. A datetime-local field has no zone: the browser's
// would silently apply (07:47 typed in a UTC browser became 16:47 JST), so forms read and write
// their fields in the user's configured zone and say which one it is.

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function partsAt(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(new Date(utcMs));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
}

/** The zone's offset from UTC at that instant, in ms (Tokyo: +9 h). */
function offsetMs(utcMs: number, timeZone: string): number {
  return partsAt(utcMs - (utcMs % 1000), timeZone) - (utcMs - (utcMs % 1000));
}

/** "2026-06-08T07:47" read as a wall time in `timeZone` → the instant. Throws RangeError on bad input. */
export function zonedWallTimeToUtc(local: string, timeZone: string): Date {
  const m = WALL.exec(local);
  if (!m) throw new RangeError("expected YYYY-MM-DDTHH:mm");
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // Two passes settle the offset across a daylight-saving change.
  let t = asUtc - offsetMs(asUtc, timeZone);
  t = asUtc - offsetMs(t, timeZone);
  return new Date(t);
}

/** The instant as a datetime-local value ("YYYY-MM-DDTHH:mm") in `timeZone`. */
export function utcToZonedWallTime(d: Date, timeZone: string): string {
  return new Date(partsAt(d.getTime(), timeZone)).toISOString().slice(0, 16);
}

/** The zone as people write it at that instant: "JST", "GMT+9", "EDT". */
export function zoneAbbreviation(timeZone: string, locale: string, at = new Date()): string {
  const part = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "ja-JP", { timeZone, timeZoneName: "short" }).formatToParts(at).find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}
