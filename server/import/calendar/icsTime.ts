/**
 * An iCalendar time as an instant. The zone of a TZID is, in order: a Windows name as Outlook writes it
 * (windowsZones.ts) or an IANA name, through Node's zone data; else the file's own VTIMEZONE through ical.js.
 * A time in UTC ("Z") is itself; a floating time is read in the calendar's X-WR-TIMEZONE, else in UTC.
 * ical.js forgets a TZID it finds no VTIMEZONE for (the time becomes floating), so the caller passes the
 * property's TZID along as `tzid`.
 */
import ICAL from 'ical.js';
import { ianaOfWindowsZone } from './windowsZones.ts';
import { instantOf, isIanaZone } from './zonedTime.ts';

export class UnknownZoneError extends Error {}

export function instantOfTime(
  time: ICAL.Time,
  defaultZone: string | undefined,
  tzidOfProperty?: string,
): number {
  const wall = {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
  };
  const own = time.zone?.tzid;
  const tzid = own && own !== 'floating' ? own : tzidOfProperty;
  if (tzid === 'UTC' || tzid === 'Z' || time.zone === ICAL.Timezone.utcTimezone)
    return instantOf(wall, 'Etc/UTC');
  if (!tzid || tzid === 'floating') return instantOf(wall, zoneOf(defaultZone) ?? 'Etc/UTC');
  const iana = zoneOf(tzid);
  if (iana) return instantOf(wall, iana);
  if (time.zone?.component) return time.toUnixTime() * 1000; // the file's VTIMEZONE
  throw new UnknownZoneError(`unknown time zone '${tzid}' (no VTIMEZONE defines it)`);
}

/** The TZID parameter of a property of a component (DTSTART, DTEND, RECURRENCE-ID), if any. */
export function tzidOf(component: ICAL.Component, property: string): string | undefined {
  const tzid = component.getFirstProperty(property)?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : undefined;
}

function zoneOf(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const windows = ianaOfWindowsZone(name);
  if (windows) return windows;
  return isIanaZone(name) ? name : undefined;
}
