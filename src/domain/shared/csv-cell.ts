/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell for every export: RFC 4180 quoting, and a leading apostrophe before a formula start
 * so spreadsheets show the text instead of running it.
 *
 * @example
 * csvCell('=SUM(A1)'); // "'=SUM(A1)"
 * csvCell('a, "b"'); // '"a, ""b"""'
 */
export function csvCell(raw: string): string {
  const safe = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
