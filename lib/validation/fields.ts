// Shared zod fields for what people type: text that is normalised to NFC and refuses control
// characters and bidirectional overrides (which can disguise a name or a title), and calendar
// dates that must exist (no 2027-02-30, no month 13, years of four digits).
import { z } from "zod";

/** C0/C1 controls (incl. NUL, DEL) and the bidi embedding/override/isolate characters. */
const CONTROL_OR_BIDI = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
/** The same, but tab and line breaks are allowed (descriptions, card text). */
const CONTROL_OR_BIDI_EXCEPT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function text(max: number, min: number, forbidden: RegExp) {
  return z
    .string()
    .max(max * 4, "too_long") // before normalising: no work on a huge value
    .transform((s) => s.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .min(min, "required")
        .max(max, "too_long")
        .refine((s) => !forbidden.test(s), "invalid_characters"),
    );
}

/** A name or a title: one line, NFC, no control or bidi characters. */
export function singleLine(max: number, { min = 1 } = {}) {
  return text(max, min, CONTROL_OR_BIDI);
}

/** Free text (a description, a card's back): line breaks and tabs allowed, nothing else invisible. */
export function multiLine(max: number, { min = 1 } = {}) {
  return text(max, min, CONTROL_OR_BIDI_EXCEPT_LINES);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real year (1000–9999), month and day. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1000) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** A document or fact date of year, month or day precision that exists on the calendar. */
export function calendarDate() {
  return z.string().trim().refine(isCalendarDate, "invalid_date");
}

const ISO_INSTANT = z.iso.datetime({ offset: true });

/** An instant with an explicit offset (ISO 8601), on a real calendar day, years 1970–9999. One
 *  aborting check, so an object's own refinements never see the unparsed string. */
export function instant() {
  return z
    .string()
    .refine((s) => ISO_INSTANT.safeParse(s).success && isCalendarDate(s.slice(0, 10)) && Number(s.slice(0, 4)) >= 1970, { message: "invalid_date", abort: true })
    .transform((s) => new Date(s));
}
