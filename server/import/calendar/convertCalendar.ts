/**
 * One .ics file → the meetings it holds, as addresses (no database, no people: the pure conversion the unit
 * tests pin to the minute). Streams the bytes through the UTF-8 check into the scanner; ical.js parses each
 * event; series are expanded; every occurrence becomes a meeting or a counted skip. Problems come back with the
 * file and line; a file with any problem gives no meetings.
 */
import type { Readable } from 'node:stream';
import type { CalendarOptions, CalendarSkip } from '../../schema/calendar.ts';
import type { ImportIssue } from '../rawBundle.ts';
import { Utf8Check } from '../utf8Check.ts';
import { expandEvents } from './expandEvents.ts';
import { parseBlocks } from './icsBlocks.ts';
import { IcsScanner } from './icsScanner.ts';
import type { Occurrence } from './expandEvents.ts';
import { lineOf } from './icsBlocks.ts';
import { UnknownZoneError } from './icsTime.ts';
import { meetingOf, type CalendarMeeting } from './meetings.ts';

export interface ConvertOptions extends CalendarOptions {
  /** Where an endless series stops when the file bounds nothing else (ms since the epoch). */
  now: number;
}

export interface CalendarConversion {
  meetings: CalendarMeeting[];
  issues: ImportIssue[];
  skipped: Partial<Record<CalendarSkip, number>>;
}

export async function convertCalendar(
  bytes: Readable,
  file: string,
  options: ConvertOptions,
): Promise<CalendarConversion> {
  const scanner = new IcsScanner(file);
  const utf8 = new Utf8Check();
  const decoder = new TextDecoder();
  for await (const chunk of bytes.pipe(utf8) as AsyncIterable<Buffer>)
    scanner.feed(decoder.decode(chunk, { stream: true }));
  scanner.feed(decoder.decode());
  const document = scanner.end();
  const issues = [...scanner.issues];
  if (utf8.firstInvalidLine !== null)
    issues.push({
      file,
      line: utf8.firstInvalidLine,
      field: '',
      reason: 'not valid UTF-8',
      code: 'invalid_utf8',
    });
  const events = parseBlocks(document, file, issues);
  const context = { file, defaultZone: document.defaultZone, now: options.now, issues };
  const occurrences = expandEvents(events, context);
  const result: CalendarConversion = { meetings: [], issues, skipped: {} };
  for (const occurrence of occurrences) {
    const meeting = meetingOrIssue(
      occurrence,
      { ...options, defaultZone: document.defaultZone },
      file,
      issues,
    );
    if (!meeting) continue;
    if ('skip' in meeting) result.skipped[meeting.skip] = (result.skipped[meeting.skip] ?? 0) + 1;
    else result.meetings.push(meeting);
  }
  if (issues.length > 0) result.meetings = [];
  result.meetings.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  return result;
}

function meetingOrIssue(
  occurrence: Occurrence,
  options: Parameters<typeof meetingOf>[1],
  file: string,
  issues: ImportIssue[],
): ReturnType<typeof meetingOf> | undefined {
  try {
    return meetingOf(occurrence, options);
  } catch (error) {
    if (!(error instanceof UnknownZoneError)) throw error;
    const { block } = occurrence.event;
    issues.push({
      file,
      line: lineOf(block, 'DTSTART'),
      field: 'DTSTART',
      reason: error.message,
      code: 'invalid_calendar',
    });
    return undefined;
  }
}
