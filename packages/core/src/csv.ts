/**
 * A text cell as it may go into a CSV that a spreadsheet opens: text that Excel or LibreOffice would run
 * as a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe, which the
 * spreadsheet shows as text (OWASP, "CSV Injection"). Names and method texts come from editors; numbers
 * are cast apart and stay numbers. For the Swedish Excel dialect of the hub's downloads (open data,
 * the pages' /statistik tables), not for RFC 4180 files meant for programs.
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
