/**
 * .ics files as an import source: each file is converted (convertCalendar.ts), its addresses are found
 * (addressBook.ts), and its meetings go to the validator as engagement and participant rows — with a person
 * and membership for each outside address first seen here whose domain maps to a provider (foundByDomain).
 * An address found nowhere is reported once per file, at its first line, and its meetings are left out: never
 * guessed. A meeting already given by an earlier file (the same invitation in two people's calendars) is
 * counted as a duplicate.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { DEFAULT_CALENDAR_OPTIONS, type CalendarOptions } from '../../schema/calendar.ts';
import { isDirectorySink } from '../directory.ts';
import type { ImportSource, RowSink } from '../rawBundle.ts';
import { AddressBook, personIdOfAddress } from './addressBook.ts';
import { convertCalendar } from './convertCalendar.ts';
import type { Address, CalendarMeeting } from './meetings.ts';

export interface CalendarFile {
  name: string;
  open(): Readable;
}

export interface CalendarSourceOptions extends Partial<CalendarOptions> {
  /** Where an endless series stops when nothing else bounds the data (ms since the epoch; default: now). */
  now?: number;
}

export function isCalendarFile(name: string): boolean {
  return name.toLowerCase().endsWith('.ics');
}

export function calendarFilesIn(folder: string): CalendarFile[] {
  return fs
    .readdirSync(folder)
    .filter(isCalendarFile)
    .sort()
    .map((name) => ({ name, open: () => fs.createReadStream(path.join(folder, name)) }));
}

export function calendarSource(files: CalendarFile[], options: CalendarSourceOptions = {}): ImportSource {
  return { read: (sink) => readCalendars(files, sink, options) };
}

export async function readCalendars(
  files: CalendarFile[],
  sink: RowSink,
  options: CalendarSourceOptions = {},
): Promise<void> {
  const settings = { ...DEFAULT_CALENDAR_OPTIONS, ...options, now: options.now ?? Date.now() };
  const directorySink = isDirectorySink(sink) ? sink : undefined;
  const book = new AddressBook(directorySink);
  const given = new Set<string>();
  for (const file of files) {
    const conversion = await convertCalendar(file.open(), file.name, settings);
    conversion.issues.forEach((issue) => sink.issue(issue));
    for (const [reason, count] of Object.entries(conversion.skipped)) directorySink?.skip(reason, count);
    await book.learn(conversion.meetings.flatMap((m) => m.participants.map((p) => p.email)));
    const unknown = new Map<string, { address: Address; times: number }>();
    for (const meeting of conversion.meetings) {
      if (given.has(meeting.id)) {
        directorySink?.skip('duplicate', 1);
        continue;
      }
      const people = await resolve(meeting, book, sink, unknown);
      if (!people) continue;
      given.add(meeting.id);
      await emit(meeting, people, sink);
    }
    for (const { address, times } of unknown.values()) {
      const more = times > 1 ? ` (in ${times} meetings)` : '';
      sink.issue({
        file: file.name,
        line: address.line,
        field: address.field,
        reason: `unknown address '${address.email}'${more}: no person has it and no domain maps it to a provider`,
        code: 'unknown_address',
      });
    }
  }
}

/** The meeting's people by id, creating those found by domain; undefined when an address is unknown. */
async function resolve(
  meeting: CalendarMeeting,
  book: AddressBook,
  sink: RowSink,
  unknown: Map<string, { address: Address; times: number }>,
): Promise<string[] | undefined> {
  const ids: string[] = [];
  for (const address of meeting.participants) {
    let id = book.personOf(address.email);
    const provider = id === undefined ? book.providerOf(address.email) : undefined;
    if (id === undefined && provider !== undefined) {
      id = personIdOfAddress(address.email);
      book.add(address.email, id);
      await sink.row('people', meeting.line, {
        id,
        name: address.name ?? address.email.slice(0, address.email.indexOf('@')),
        role: 'staff',
        email: address.email,
        foundByDomain: true,
      });
      await sink.row('memberships', meeting.line, {
        personId: id,
        unitId: provider,
        since: meeting.at.slice(0, 10),
      });
    }
    if (id === undefined) {
      const key = address.email.toLowerCase();
      const entry = unknown.get(key) ?? { address, times: 0 };
      entry.times++;
      unknown.set(key, entry);
    }
    ids.push(id ?? '');
  }
  return ids.includes('') ? undefined : ids;
}

async function emit(meeting: CalendarMeeting, people: string[], sink: RowSink): Promise<void> {
  const { id, line, at, durationMin, topic } = meeting;
  await sink.row('engagements', line, {
    id,
    kind: 'meeting',
    at,
    durationMin,
    topic,
    negotiated: false,
    outcome: 'agreed',
  });
  const done = new Set<string>();
  for (const [k, personId] of people.entries()) {
    if (done.has(personId)) continue;
    done.add(personId);
    await sink.row('participants', line, { engagementId: id, personId, role: meeting.participants[k]!.role });
  }
}
