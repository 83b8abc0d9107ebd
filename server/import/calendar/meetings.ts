/**
 * One occurrence of a calendar event → a meeting between addresses, or the reason it is skipped: cancelled
 * (the series or the occurrence), all day (a day blocked is not a meeting), no organizer, fewer than two
 * participants once declined attendees are left out, or more than `maxAttendees` (a town hall says little
 * about who works with whom). ORGANIZER is the initiator; ATTENDEEs are the counterpart of a one-on-one, else
 * attendees. The engagement's id is a hash of UID and RECURRENCE-ID: importing the calendar again finds it.
 */
import { createHash } from 'node:crypto';
import type ICAL from 'ical.js';
import type { CalendarSkip } from '../../schema/calendar.ts';
import { lineOf } from './icsBlocks.ts';
import type { Occurrence } from './expandEvents.ts';
import { instantOfTime, tzidOf } from './icsTime.ts';

export interface Address {
  /** As written, without "mailto:". */
  email: string;
  name?: string;
  role: 'initiator' | 'counterpart' | 'attendee';
  /** Where it is written, for a report. */
  line: number;
  field: 'ORGANIZER' | 'ATTENDEE';
}

export interface CalendarMeeting {
  id: string;
  line: number;
  at: string;
  durationMin: number;
  topic: string;
  participants: Address[];
}

const TOPIC_MAX = 300;

export function meetingOf(
  occurrence: Occurrence,
  options: { maxAttendees: number; defaultZone: string | undefined },
): CalendarMeeting | { skip: CalendarSkip } {
  const { component, block } = occurrence.event;
  if (String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED')
    return { skip: 'cancelled' };
  if (occurrence.start.isDate) return { skip: 'allDay' };
  const organizer = component.getFirstProperty('organizer');
  if (!organizer) return { skip: 'noOrganizer' };
  const participants = [addressOf(organizer, 'ORGANIZER', occurrence)];
  for (const attendee of component.getAllProperties('attendee')) {
    if (String(attendee.getParameter('partstat') ?? '').toUpperCase() === 'DECLINED') continue;
    const address = addressOf(attendee, 'ATTENDEE', occurrence);
    if (!participants.some((p) => p.email.toLowerCase() === address.email.toLowerCase()))
      participants.push(address);
  }
  if (participants.length < 2) return { skip: 'fewParticipants' };
  if (participants.length > options.maxAttendees) return { skip: 'tooManyAttendees' };
  const others = participants.length === 2 ? 'counterpart' : 'attendee';
  for (const participant of participants.slice(1)) participant.role = others;
  const startZone = tzidOf(component, 'dtstart');
  const start = instantOfTime(occurrence.start, options.defaultZone, startZone);
  const end = instantOfTime(occurrence.end, options.defaultZone, tzidOf(component, 'dtend') ?? startZone);
  return {
    id: engagementIdOf(occurrence.uid, occurrence.recurrenceId),
    line: block.line,
    at: new Date(start).toISOString().replace('.000Z', 'Z'),
    durationMin: Math.max(0, Math.round((end - start) / 60_000)),
    topic: String(component.getFirstPropertyValue('summary') ?? '').slice(0, TOPIC_MAX),
    participants,
  };
}

/** The engagement's identity: UID and RECURRENCE-ID, hashed into an id the import format accepts. */
export function engagementIdOf(uid: string, recurrenceId: string | null): string {
  const hash = createHash('sha256')
    .update(`${uid}\u0000${recurrenceId ?? ''}`)
    .digest('hex');
  return `cal-${hash.slice(0, 24)}`;
}

function addressOf(property: ICAL.Property, field: Address['field'], occurrence: Occurrence): Address {
  const value = String(property.getFirstValue() ?? '');
  const email = value.replace(/^mailto:/i, '').trim();
  const name = property.getParameter('cn');
  return {
    email,
    ...(typeof name === 'string' && name !== '' ? { name } : {}),
    role: 'initiator',
    line: lineOf(occurrence.event.block, field, email),
    field,
  };
}
