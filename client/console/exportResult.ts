/**
 * A console answer as files: CSV (one line per row, the columns as header; a node, relationship, list or map as
 * its JSON, nothing clipped; encoded by the one CSV encoder, server/schema/csv.ts) and JSON (the columns, each
 * row as an object by column, and whether a cap cut the answer and which).
 */
import { toCsv, type CsvCell } from '../../server/schema/csv.ts';
import type { CypherAnswer } from '../api/analytics.ts';
import { csvBlob } from '../export/csv.ts';
import { download } from '../shell/dom.ts';

export type ResultFormat = 'csv' | 'json';

function csvCell(value: unknown): CsvCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') return JSON.stringify(value);
  return value as CsvCell;
}

export function resultCsv(answer: Pick<CypherAnswer, 'columns' | 'rows'>): string {
  return toCsv([answer.columns, ...answer.rows.map((row) => row.map(csvCell))]);
}

export function resultJson(answer: CypherAnswer): string {
  const { columns, rows, truncated, truncatedBy, limit, maxBytes } = answer;
  const records = rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i] ?? null])));
  return JSON.stringify({ columns, rows: records, truncated, truncatedBy, limit, maxBytes }, null, 2);
}

/** Downloads the answer; the file is named by the query's hash, never by its text. */
export function downloadResult(answer: CypherAnswer, format: ResultFormat): void {
  const name = `trellis-query-${answer.queryHash.slice(0, 12)}`;
  if (format === 'csv') return download(csvBlob(resultCsv(answer)), `${name}.csv`);
  download(new Blob([resultJson(answer)], { type: 'application/json' }), `${name}.json`);
}
