import fs from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { convertCalendar } from '../../../server/import/calendar/convertCalendar.ts';
import { engagementIdOf } from '../../../server/import/calendar/meetings.ts';
import { calendarOptions } from '../../../server/schema/calendar.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/calendar/', import.meta.url));
const NOW = Date.parse('2026-06-01T00:00:00Z');

async function convert(name: string, maxAttendees = 50) {
  return convertCalendar(fs.createReadStream(FIXTURES + name), name, { maxAttendees, now: NOW });
}

/** Each meeting as "at duration initiator → others (roles)": what the engagement must be, to the minute. */
function summary(meetings: Awaited<ReturnType<typeof convert>>['meetings']): string[] {
  return meetings.map((m) => {
    const [first, ...others] = m.participants;
    const rest = others.map((p) => `${p.email.toLowerCase()}:${p.role}`).join(' ');
    return `${m.at.slice(0, 16)} ${m.durationMin}min ${first!.email.toLowerCase()} → ${rest}`;
  });
}

const SYNC = 'dora.kim@contoso.com → ben.ortiz@contoso.com:attendee ana.lima@contoso.com:attendee';

describe('an Outlook calendar (weekly series in W. Europe Standard Time)', () => {
  it('gives every occurrence but the EXDATE and the cancelled one, the moved one where it moved, DST honoured', async () => {
    const { meetings, issues } = await convert('outlook.ics');
    expect(issues).toEqual([]);
    expect(summary(meetings)).toEqual(
      [
        `2026-01-05T09:00 30min ${SYNC}`,
        `2026-01-12T09:00 30min ${SYNC}`,
        // 19 January is an EXDATE
        '2026-01-14T14:00 60min ana.lima@contoso.com → jana.novak@acme.example:attendee chen.wei@contoso.com:attendee',
        `2026-01-26T09:00 30min ${SYNC}`,
        `2026-02-03T13:00 45min ${SYNC}`, // moved from Monday 10:00 to Tuesday 14:00 CET
        `2026-02-09T09:00 30min ${SYNC}`,
        // 16 February was cancelled
        `2026-02-23T09:00 30min ${SYNC}`,
        `2026-03-02T09:00 30min ${SYNC}`,
        `2026-03-09T09:00 30min ${SYNC}`,
        `2026-03-16T09:00 30min ${SYNC}`,
        `2026-03-23T09:00 30min ${SYNC}`,
        `2026-03-30T08:00 30min ${SYNC}`, // summer time: 10:00 CEST
        `2026-04-06T08:00 30min ${SYNC}`,
      ].sort(),
    );
  });

  it('counts the cancelled occurrence, the all-day offsite and the one-person focus time as skipped', async () => {
    expect((await convert('outlook.ics')).skipped).toEqual({ cancelled: 1, allDay: 1, fewParticipants: 1 });
  });

  it('gives the moved occurrence the identity of the slot it moved from (UID + RECURRENCE-ID)', async () => {
    const { meetings } = await convert('outlook.ics');
    const moved = meetings.find((m) => m.at === '2026-02-03T13:00:00Z')!;
    const uid =
      '040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00';
    expect(moved.id).toBe(engagementIdOf(uid, '2026-02-02T09:00:00.000Z'));
    expect(moved.topic).toBe('Sales–IT weekly sync (moved to Tuesday)');
  });
});

describe('a Google calendar (UTC series, a declined attendee)', () => {
  it('gives six one-on-ones without the declined attendee and a review with the Berlin time honoured', async () => {
    const { meetings, issues, skipped } = await convert('google.ics');
    expect(issues).toEqual([]);
    expect(skipped).toEqual({});
    const hours = 'eli.novak@contoso.com → ben.ortiz@contoso.com:counterpart';
    expect(summary(meetings)).toEqual([
      `2026-01-06T15:00 30min ${hours}`,
      `2026-01-13T15:00 30min ${hours}`,
      `2026-01-20T15:00 30min ${hours}`,
      `2026-01-27T15:00 30min ${hours}`,
      `2026-02-03T15:00 30min ${hours}`,
      `2026-02-10T15:00 30min ${hours}`,
      '2026-03-31T08:00 60min eli.novak@contoso.com → ana.lima@contoso.com:attendee dora.kim@contoso.com:attendee ben.ortiz@contoso.com:attendee',
    ]);
  });

  it('skips and counts events over the attendee limit', async () => {
    const { meetings, skipped } = await convert('google.ics', 3);
    expect(meetings).toHaveLength(6);
    expect(skipped).toEqual({ tooManyAttendees: 1 });
  });
});

describe('bad calendars', () => {
  it('reports an unterminated VEVENT at its BEGIN line and gives nothing', async () => {
    const { meetings, issues } = await convert('bad/unterminated.ics');
    expect(meetings).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'bad/unterminated.ics',
        line: 8,
        reason: expect.stringMatching(/END:VEVENT missing/),
      }),
    ]);
  });

  it('reports a bad RRULE at its line and gives nothing', async () => {
    const { meetings, issues } = await convert('bad/bad-rrule.ics');
    expect(meetings).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({ line: 11, field: 'RRULE', reason: expect.stringMatching(/FORTNIGHTLY/) }),
    ]);
  });

  it('reports a file that is not iCalendar at all', async () => {
    const { issues } = await convertCalendar(Readable.from(['hello,world\n']), 'x.ics', {
      maxAttendees: 50,
      now: NOW,
    });
    expect(issues).toEqual([
      expect.objectContaining({ file: 'x.ics', line: 1, reason: expect.stringMatching(/VCALENDAR/) }),
    ]);
  });

  it('reports a TZID that is neither a Windows nor an IANA zone and has no VTIMEZONE', async () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:z-1',
      'DTSTART;TZID=Atlantis Standard Time:20260105T100000',
      'DTEND;TZID=Atlantis Standard Time:20260105T103000',
      'ORGANIZER:mailto:a@contoso.com',
      'ATTENDEE:mailto:b@contoso.com',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { meetings, issues } = await convertCalendar(Readable.from([text]), 'z.ics', {
      maxAttendees: 50,
      now: NOW,
    });
    expect(meetings).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({
        line: 4,
        field: 'DTSTART',
        reason: "unknown time zone 'Atlantis Standard Time' (no VTIMEZONE defines it)",
      }),
    ]);
  });
});

describe('an endless series', () => {
  it('is expanded up to the start of the latest single event of the file', async () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:daily',
      'DTSTART;TZID=Eastern Standard Time:20260302T090000',
      'DTEND;TZID=Eastern Standard Time:20260302T091500',
      'RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR',
      'ORGANIZER:mailto:a@contoso.com',
      'ATTENDEE:mailto:b@contoso.com',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:single',
      'DTSTART:20260310T120000Z',
      'DTEND:20260310T130000Z',
      'ORGANIZER:mailto:a@contoso.com',
      'ATTENDEE:mailto:b@contoso.com',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { meetings } = await convertCalendar(Readable.from([text]), 'd.ics', {
      maxAttendees: 50,
      now: NOW,
    });
    // New York: EST (UTC−5) until 8 March, EDT (UTC−4) from then
    expect(meetings.map((m) => m.at)).toEqual([
      '2026-03-02T14:00:00Z',
      '2026-03-03T14:00:00Z',
      '2026-03-04T14:00:00Z',
      '2026-03-05T14:00:00Z',
      '2026-03-06T14:00:00Z',
      '2026-03-09T13:00:00Z',
      '2026-03-10T12:00:00Z', // the single event ends the span: the series' 13:00 that day is past it
    ]);
  });
});

describe('calendar options', () => {
  it('default to 50 attendees and refuse fewer than 2', () => {
    expect(calendarOptions.parse({}).maxAttendees).toBe(50);
    expect(calendarOptions.parse({ maxAttendees: undefined }).maxAttendees).toBe(50);
    expect(calendarOptions.safeParse({ maxAttendees: '1' }).success).toBe(false);
  });
});
