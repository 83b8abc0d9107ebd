/**
 * A CSV export read through a mapping (`npm run import -- export.csv --map mapping.json`): streamed with
 * csv-parse like the CSV sections; the header must hold every column the mapping names (else one problem per
 * column, at line 1, and no row is read); each record becomes an engagement with its initiator and counterpart,
 * found by e-mail or exact name among the import's and the database's people — a person found nowhere, or a
 * name two people share, is a problem of that row and column. Rows without an initiator or counterpart (an
 * unassigned ticket) are skipped and counted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import type { Mapping } from '../../schema/mapping.ts';
import { AddressBook } from '../calendar/addressBook.ts';
import { isDirectorySink, NO_DIRECTORY, type DirectorySink } from '../directory.ts';
import type { ImportSource, RowSink } from '../rawBundle.ts';
import { Utf8Check } from '../utf8Check.ts';
import { draftOf, type Draft } from './mappedRow.ts';
import { mappedColumns, readMapping, type MappingRead } from './readMapping.ts';

export function mappedCsvSource(csvPath: string, mappingPath: string): ImportSource {
  return {
    read: (sink) =>
      readMapped(fs.createReadStream(csvPath), path.basename(csvPath), readMapping(mappingPath), sink),
  };
}

export async function readMapped(
  bytes: NodeJS.ReadableStream,
  file: string,
  read: MappingRead,
  sink: RowSink,
): Promise<void> {
  if ('issues' in read) return read.issues.forEach((issue) => sink.issue(issue));
  const directorySink = isDirectorySink(sink) ? sink : undefined;
  for (const section of ['engagements', 'participants'] as const) sink.file(section, file);
  const drafts: Draft[] = [];
  const utf8 = new Utf8Check();
  const parser = parse({ columns: true, info: true, bom: true, skip_empty_lines: true });
  await pipeline(
    bytes,
    utf8,
    parser,
    async (records: AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) => {
      let usable: boolean | undefined;
      for await (const { record, info } of records) {
        usable ??= headerHolds(Object.keys(record), read.mapping, file, sink);
        if (!usable) continue;
        const result = draftOf(record, info.lines, read);
        if ('draft' in result) drafts.push(result.draft);
        else if ('skip' in result) directorySink?.skip(result.skip, 1);
        else
          for (const p of result.problems)
            sink.issue({ file, line: info.lines, field: p.column, reason: p.reason, code: 'invalid_value' });
      }
    },
  ).catch((error: unknown) => {
    const { lines } = error as { lines?: number };
    sink.issue({
      file,
      line: lines ?? null,
      field: '',
      reason: `not valid CSV: ${(error as Error).message}`,
    });
  });
  if (utf8.firstInvalidLine !== null)
    sink.issue({
      file,
      line: utf8.firstInvalidLine,
      field: '',
      reason: 'not valid UTF-8 (save the file as UTF-8)',
      code: 'invalid_utf8',
    });
  const people = await peopleOf(drafts, read.mapping, directorySink);
  for (const draft of drafts) await emit(draft, read.mapping, people, file, sink);
}

function headerHolds(header: string[], mapping: Mapping, file: string, sink: RowSink): boolean {
  const missing = mappedColumns(mapping).filter(({ column }) => !header.includes(column));
  for (const { field, column } of missing)
    sink.issue({
      file,
      line: 1,
      field: column,
      reason: `the mapping's ${field} names column '${column}', which this file does not have`,
      code: 'missing_column',
    });
  return missing.length === 0;
}

type Finder = (text: string, by: 'email' | 'name') => string[];

/** Looks every named person up at once: e-mail through the address book, names among import and database. */
async function peopleOf(drafts: Draft[], mapping: Mapping, sink: DirectorySink | undefined): Promise<Finder> {
  const cells = (by: 'email' | 'name') => [
    ...(mapping.initiator.by === by ? drafts.map((d) => d.initiator) : []),
    ...(mapping.counterpart.by === by ? drafts.map((d) => d.counterpart) : []),
  ];
  const book = new AddressBook(sink);
  await book.learn(cells('email'));
  const names = new Map<string, string[]>();
  for (const person of sink?.bundle.people ?? [])
    names.set(person.name, [...(names.get(person.name) ?? []), person.id]);
  const unknownNames = [...new Set(cells('name'))].filter((name) => !names.has(name));
  const directory = sink?.directory ?? NO_DIRECTORY;
  if (unknownNames.length > 0)
    for (const [name, ids] of await directory.peopleByName(unknownNames)) names.set(name, ids);
  return (text, by) =>
    by === 'email' ? [book.personOf(text)].filter((id) => id !== undefined) : (names.get(text) ?? []);
}

async function emit(
  draft: Draft,
  mapping: Mapping,
  find: Finder,
  file: string,
  sink: RowSink,
): Promise<void> {
  const ids: string[] = [];
  for (const side of ['initiator', 'counterpart'] as const) {
    const { column, by } = mapping[side];
    const found = find(draft[side], by);
    if (found.length === 1) ids.push(found[0]!);
    else {
      const reason =
        found.length === 0
          ? `no person has the ${by} '${draft[side]}'`
          : `${found.length} people have the name '${draft[side]}'; map by e-mail instead`;
      sink.issue({ file, line: draft.line, field: column, reason, code: 'unknown_reference' });
    }
  }
  if (ids.length < 2) return;
  if (ids[0] === ids[1]) {
    sink.issue({
      file,
      line: draft.line,
      field: mapping.counterpart.column,
      reason: 'is the initiator too; an engagement joins two people',
      code: 'participants',
    });
    return;
  }
  await sink.row('engagements', draft.line, draft.engagement);
  await sink.row('participants', draft.line, {
    engagementId: draft.engagement.id,
    personId: ids[0],
    role: 'initiator',
  });
  await sink.row('participants', draft.line, {
    engagementId: draft.engagement.id,
    personId: ids[1],
    role: 'counterpart',
  });
}
