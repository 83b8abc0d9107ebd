/**
 * Text a spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets a leading apostrophe (OWASP,
 * CSV injection). One rule for the server's exports and the explorer's CSV download, which imports it.
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
