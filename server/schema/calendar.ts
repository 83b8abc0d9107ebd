/**
 * Options of a calendar import (RFC 5545 .ics files) and what it skips. Defaults follow the convention of
 * ARCHITECTURE.md: each field carries its default; DEFAULT_CALENDAR_OPTIONS is `calendarOptions.parse({})`.
 */
import { z } from 'zod';

export const calendarOptions = z.object({
  /** Events with more participants than this (after declines) are skipped and counted: broadcasts, not ties. */
  maxAttendees: z.coerce.number().int().min(2).max(100_000).default(50),
});
export type CalendarOptions = z.infer<typeof calendarOptions>;
export const DEFAULT_CALENDAR_OPTIONS: CalendarOptions = calendarOptions.parse({});

/** Why an event (or one occurrence of a series) gave no engagement. */
export const CALENDAR_SKIPS = [
  'cancelled',
  'allDay',
  'noOrganizer',
  'fewParticipants',
  'tooManyAttendees',
  'duplicate',
] as const;
export type CalendarSkip = (typeof CALENDAR_SKIPS)[number];
