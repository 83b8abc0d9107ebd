/**
 * Dates as CSV exports write them, to ISO instants: `iso` (2026-03-02, 2026-03-02 09:15, 2026-03-02T09:15:27Z,
 * with or without an offset) and Jira's `dd/MMM/yy h:mm a` (02/Mar/26 9:15 AM). A time without a zone is read
 * in the mapping's zone (IANA, or a Windows name as Outlook and Exchange write it).
 */
import type { Mapping } from '../../schema/mapping.ts';
import { ianaOfWindowsZone } from '../calendar/windowsZones.ts';
import { instantOf, isIanaZone, type WallClock } from '../calendar/zonedTime.ts';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const JIRA = /^(\d{1,2})\/([A-Za-z]{3})\/(\d{2}) (\d{1,2}):(\d{2}) ?([AP]M)$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The zone a mapping names, as IANA; undefined when it is neither IANA nor a known Windows name. */
export function zoneOfMapping(name: string): string | undefined {
  return ianaOfWindowsZone(name) ?? (isIanaZone(name) ? name : undefined);
}

/** The instant as ISO 8601 (UTC), or undefined when the text is not a date of the format. */
export function parseMappedDate(text: string, dates: Mapping['dates'], zone: string): string | undefined {
  const parsed = dates.format === 'iso' ? iso(text.trim()) : jira(text.trim());
  if (!parsed) return undefined;
  const { wall, offsetMin } = parsed;
  const valid = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  if (valid.getUTCMonth() !== wall.month - 1 || wall.hour > 23 || wall.minute > 59 || wall.second > 59)
    return undefined;
  const instant =
    offsetMin === undefined
      ? instantOf(wall, zone)
      : Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) -
        offsetMin * 60_000;
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}

function iso(text: string): { wall: WallClock; offsetMin?: number } | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const wall = {
    year: +m[1]!,
    month: +m[2]!,
    day: +m[3]!,
    hour: +(m[4] ?? 0),
    minute: +(m[5] ?? 0),
    second: +(m[6] ?? 0),
  };
  if (!m[7]) return { wall };
  if (m[7].toUpperCase() === 'Z') return { wall, offsetMin: 0 };
  const digits = m[7].replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return { wall, offsetMin: sign * (+digits.slice(1, 3) * 60 + +digits.slice(3, 5)) };
}

function jira(text: string): { wall: WallClock; offsetMin?: number } | undefined {
  const m = JIRA.exec(text);
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) + 1 : 0;
  if (!m || month === 0) return undefined;
  const hour12 = +m[4]!;
  if (hour12 < 1 || hour12 > 12) return undefined;
  const hour = (hour12 % 12) + (m[6]!.toUpperCase() === 'PM' ? 12 : 0);
  return { wall: { year: 2000 + +m[3]!, month, day: +m[1]!, hour, minute: +m[5]!, second: 0 } };
}
