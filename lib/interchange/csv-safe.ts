// Spreadsheet formula injection: a CSV cell starting with = + - @ (or a tab or carriage
// return, which some spreadsheets skip before reading one of those) is run as a formula when
// the file is opened. Prefixing such a cell with ' makes the spreadsheet read it as text.
// Shared by every CSV meant for spreadsheets (card export, gradebook).

const FORMULA_START = /^[=+\-@\t\r]/;

/** The value with a leading ' when a spreadsheet would otherwise read it as a formula. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
