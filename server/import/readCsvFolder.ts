/**
 * Reads a folder of CSV files (one per section, names from CSV_FILES; a missing file is an empty section),
 * streaming: bytes → UTF-8 check → csv-parse's stream parser → one record at a time to the validator, so a
 * file is never held in memory whole. Headers are checked before any row: an unknown column is reported (it is
 * usually a typo), a missing required column once for the file instead of once per row. Invalid UTF-8 is a
 * problem of its row and field, never a "�" stored in the graph.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { CSV_FILES, SECTIONS, type Section } from '../schema/bundle.ts';
import { TrellisError } from '../errors.ts';
import { decodeCsvRecord } from './csvCodec.ts';
import { headerIsUsable } from './csvHeader.ts';
import { Utf8Check } from './utf8Check.ts';
import { calendarFilesIn, readCalendars, type CalendarSourceOptions } from './calendar/calendarSource.ts';
import type { ImportSource } from './rawBundle.ts';
import type { RowSink } from './rawBundle.ts';

const REPLACEMENT = '\uFFFD';
const INVALID_UTF8 = 'not valid UTF-8 (save the file as UTF-8)';

/** A folder may hold .ics files beside the CSV sections: read after them, so they find the people read. */
export function csvFolderSource(folder: string, calendar: CalendarSourceOptions = {}): ImportSource {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new TrellisError('input_unreadable', `${folder} is not a folder of CSV files`);
  }
  return {
    async read(sink) {
      for (const section of SECTIONS) {
        const file = CSV_FILES[section];
        sink.file(section, file);
        const fullPath = path.join(folder, file);
        if (fs.existsSync(fullPath)) await readCsvSection(section, fs.createReadStream(fullPath), sink);
      }
      await readCalendars(calendarFilesIn(folder), sink, calendar);
    },
  };
}

interface ParsedRecord {
  record: Record<string, string>;
  info: { lines: number };
}

export async function readCsvSection(
  section: Section,
  bytes: NodeJS.ReadableStream,
  sink: RowSink,
): Promise<void> {
  const file = CSV_FILES[section];
  const utf8 = new Utf8Check();
  const parser = parse({ columns: true, info: true, bom: true, skip_empty_lines: true, trim: false });
  let badBytesReported = false;
  const readRecords = async (records: AsyncIterable<ParsedRecord>) => {
    let usable: boolean | undefined;
    for await (const { record, info } of records) {
      usable ??= headerIsUsable(section, Object.keys(record), file, sink);
      if (!usable) continue; // drain: the header's problems are reported once, not each row's
      const badField = utf8.firstInvalidLine === null ? undefined : fieldWithBadBytes(record);
      if (badField === undefined) {
        await sink.row(section, info.lines, decodeCsvRecord(section, record));
        continue;
      }
      badBytesReported = true;
      const issue = { file, line: info.lines, field: badField, reason: INVALID_UTF8, code: 'invalid_utf8' };
      sink.unreadable(section, record, issue);
    }
  };
  try {
    await pipeline(bytes, utf8, parser, readRecords);
  } catch (error) {
    const { code, lines } = error as { code?: unknown; lines?: number };
    if (typeof code !== 'string' || !code.startsWith('CSV_')) throw unreadable(file, error);
    sink.issue({
      file,
      line: lines ?? null,
      field: '',
      reason: `not valid CSV: ${(error as Error).message}`,
    });
    return;
  }
  if (utf8.firstInvalidLine !== null && !badBytesReported)
    sink.issue({ file, line: utf8.firstInvalidLine, field: '', reason: INVALID_UTF8, code: 'invalid_utf8' });
}

function unreadable(file: string, error: unknown): TrellisError {
  if (error instanceof TrellisError) return error;
  return new TrellisError(
    'input_unreadable',
    `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}`,
  );
}

/** The first column whose cell holds a replacement character: where the invalid bytes were. */
function fieldWithBadBytes(record: Record<string, string>): string | undefined {
  for (const [column, cell] of Object.entries(record)) if (cell.includes(REPLACEMENT)) return column;
  return undefined;
}
