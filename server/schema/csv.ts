/**
 * The one CSV encoder of Trellis, for the server's exports (server/export/csv.ts) and the explorer's download
 * (client/export/csv.ts): RFC 4180 text — comma-separated, CRLF after every record, a cell quoted (quotes
 * doubled) when it holds a comma, a quote, a line break or spaces at an end.
 *
 * It lives in server/schema because the explorer may import from there only; like the schemas, it describes
 * what crosses the wire (text/csv) and imports nothing.
 *
 * Text a spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets a leading apostrophe (OWASP,
 * CSV injection); numbers stay numbers, so −1 is written as -1. Empty, null and non-finite cells are empty.
 */
export type CsvCell = string | number | boolean | null | undefined;

export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  const safe = spreadsheetSafe(value);
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
