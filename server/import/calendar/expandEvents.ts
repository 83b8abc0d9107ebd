/**
 * Expands the events of one calendar file into occurrences, each with its identity (UID and RECURRENCE-ID)
 * and the VEVENT that describes it: a single event is one occurrence; a series (RRULE, RDATE) gives one per
 * date ical.js's iterator yields — EXDATEs left out — with each RECURRENCE-ID override (moved, renamed,
 * cancelled) in place of the slot it names. A series without an end is expanded over the span of the data:
 * up to the latest single event, override or bounded series' UNTIL of the file (or `now` when the file holds
 * nothing else).
 */
import ICAL from 'ical.js';
import type { ImportIssue } from '../rawBundle.ts';
import { lineOf, type ParsedEvent } from './icsBlocks.ts';
import { instantOfTime, tzidOf, UnknownZoneError } from './icsTime.ts';

export interface Occurrence {
  uid: string;
  /** The slot it fills, as an ISO instant (a date for an all-day series); null for a single event. */
  recurrenceId: string | null;
  /** The VEVENT that describes it: the override when there is one, else the series or single event. */
  event: ParsedEvent;
  start: ICAL.Time;
  end: ICAL.Time;
}

/** Occurrences of one series beyond this are refused: a rule that runs away is not a calendar. */
export const MAX_OCCURRENCES = 10_000;

export interface ExpandContext {
  file: string;
  defaultZone: string | undefined;
  /** The end of an endless series when nothing else in the file bounds the data (ms since the epoch). */
  now: number;
  issues: ImportIssue[];
}

export function expandEvents(events: ParsedEvent[], context: ExpandContext): Occurrence[] {
  const groups = new Map<string, { master?: ParsedEvent; overrides: ParsedEvent[] }>();
  for (const event of events) {
    let group = groups.get(event.uid);
    if (!group) groups.set(event.uid, (group = { overrides: [] }));
    if (event.recurrenceId) group.overrides.push(event);
    else group.master ??= event;
  }
  const spanEnd = spanEndOf(events, context) ?? context.now;
  const occurrences: Occurrence[] = [];
  for (const [uid, { master, overrides }] of groups) {
    try {
      if (master) occurrences.push(...expandSeries(uid, master, overrides, spanEnd, context));
      else
        for (const override of overrides)
          occurrences.push(occurrenceOf(uid, override, override.recurrenceId!, context));
    } catch (error) {
      if (!(error instanceof UnknownZoneError)) throw error;
      const block = (master ?? overrides[0]!).block;
      const line = lineOf(block, 'DTSTART');
      context.issues.push({
        file: context.file,
        line,
        field: 'DTSTART',
        reason: error.message,
        code: 'invalid_calendar',
      });
    }
  }
  return occurrences;
}

function expandSeries(
  uid: string,
  master: ParsedEvent,
  overrides: ParsedEvent[],
  spanEnd: number,
  context: ExpandContext,
): Occurrence[] {
  const event = new ICAL.Event(master.component);
  for (const override of overrides) event.relateException(override.component);
  if (!event.isRecurring())
    return [{ uid, recurrenceId: null, event: master, start: event.startDate, end: event.endDate }];
  const byComponent = new Map(overrides.map((o) => [o.component, o]));
  const endless = !hasEnd(master.component);
  const zone = tzidOf(master.component, 'dtstart');
  const iterator = event.iterator();
  const occurrences: Occurrence[] = [];
  for (let next = iterator.next(); next; next = iterator.next()) {
    if (endless && instantOfTime(next, context.defaultZone, zone) > spanEnd) break;
    if (occurrences.length === MAX_OCCURRENCES) {
      const line = lineOf(master.block, 'RRULE');
      const reason = `this series has more than ${MAX_OCCURRENCES} occurrences`;
      context.issues.push({ file: context.file, line, field: 'RRULE', reason, code: 'invalid_calendar' });
      return [];
    }
    const details = event.getOccurrenceDetails(next);
    const describing = byComponent.get(details.item.component) ?? master;
    occurrences.push({
      uid,
      recurrenceId: slotOf(details.recurrenceId, context, zone),
      event: describing,
      start: details.startDate,
      end: details.endDate,
    });
  }
  return occurrences;
}

function occurrenceOf(uid: string, event: ParsedEvent, slot: ICAL.Time, context: ExpandContext): Occurrence {
  const ical = new ICAL.Event(event.component);
  const zone = tzidOf(event.component, 'recurrence-id');
  return { uid, recurrenceId: slotOf(slot, context, zone), event, start: ical.startDate, end: ical.endDate };
}

function slotOf(time: ICAL.Time, context: ExpandContext, zone: string | undefined): string {
  if (time.isDate) return time.toString();
  return new Date(instantOfTime(time, context.defaultZone, zone)).toISOString();
}

function hasEnd(component: ICAL.Component): boolean {
  const rules = component.getAllProperties('rrule').map((p) => p.getFirstValue() as ICAL.Recur);
  return rules.every((rule) => rule.count || rule.until);
}

/** The latest start among the file's single events and overrides, and the UNTIL of its bounded series. */
function spanEndOf(events: ParsedEvent[], context: ExpandContext): number | undefined {
  let end: number | undefined;
  const later = (time: ICAL.Time | null | undefined, zone?: string) => {
    if (!time) return;
    try {
      const instant = instantOfTime(time, context.defaultZone, zone);
      end = end === undefined ? instant : Math.max(end, instant);
    } catch {
      // an unknown zone: reported when its event is expanded
    }
  };
  for (const { component } of events) {
    const rules = component.getAllProperties('rrule').map((p) => p.getFirstValue() as ICAL.Recur);
    if (rules.length === 0)
      later(component.getFirstPropertyValue('dtstart') as ICAL.Time | null, tzidOf(component, 'dtstart'));
    for (const rule of rules) later(rule.until);
  }
  return end;
}
