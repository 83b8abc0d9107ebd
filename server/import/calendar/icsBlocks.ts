/**
 * Parses the blocks the scanner found with ical.js: the VTIMEZONEs into one VCALENDAR, and each VEVENT into a
 * component of it (so its TZIDs find those VTIMEZONEs). A block ical.js cannot read — a bad RRULE, a broken
 * property — is reported at its line and left out.
 */
import ICAL from 'ical.js';
import type { ImportIssue } from '../rawBundle.ts';
import type { IcsDocument, IcsEventBlock } from './icsScanner.ts';

export interface ParsedEvent {
  block: IcsEventBlock;
  component: ICAL.Component;
  uid: string;
  /** The RECURRENCE-ID property of an override; absent on a series or a single event. */
  recurrenceId?: ICAL.Time;
}

export function parseBlocks(document: IcsDocument, file: string, issues: ImportIssue[]): ParsedEvent[] {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  const report = (line: number | null, reason: string, field = '') =>
    issues.push({ file, line, field, reason, code: 'invalid_calendar' });
  for (const text of document.timezones) {
    try {
      calendar.addSubcomponent(new ICAL.Component(ICAL.parse(text) as unknown as unknown[]));
    } catch (error) {
      report(null, `a VTIMEZONE is not valid iCalendar: ${(error as Error).message}`);
    }
  }
  const events: ParsedEvent[] = [];
  for (const block of document.events) {
    const bad = badRecurrenceRule(block);
    if (bad) {
      report(bad.line, bad.reason, 'RRULE');
      continue;
    }
    try {
      const text = block.lines.map((line) => line.text).join('\r\n');
      const component = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
      calendar.addSubcomponent(component);
      const uid = component.getFirstPropertyValue('uid');
      if (typeof uid !== 'string' || uid === '') {
        report(block.line, 'this VEVENT has no UID');
        continue;
      }
      const recurrenceId = component.getFirstPropertyValue('recurrence-id') as ICAL.Time | null;
      events.push({ block, component, uid, ...(recurrenceId ? { recurrenceId } : {}) });
    } catch (error) {
      report(block.line, `this VEVENT is not valid iCalendar: ${(error as Error).message}`);
    }
  }
  return events;
}

/** An RRULE ical.js refuses, with its own line (ical.js's message names the part, not where it is). */
function badRecurrenceRule(block: IcsEventBlock): { line: number; reason: string } | undefined {
  for (const { line, text } of block.lines) {
    const value = /^RRULE(?:;[^:]*)?:(.*)$/i.exec(text)?.[1];
    if (value === undefined) continue;
    try {
      const rule = ICAL.Recur.fromString(value);
      if (!rule.freq) return { line, reason: 'RRULE names no FREQ' };
    } catch (error) {
      return { line, reason: `RRULE is not valid: ${(error as Error).message}` };
    }
  }
  return undefined;
}

/** The line of a property in its block: the first whose name matches and whose text holds `holding`. */
export function lineOf(block: IcsEventBlock, name: string, holding = ''): number {
  const prefix = name.toUpperCase();
  const needle = holding.toLowerCase();
  const found = block.lines.find(
    ({ text }) =>
      /^[A-Z-]+/i.exec(text)?.[0]?.toUpperCase() === prefix && text.toLowerCase().includes(needle),
  );
  return found?.line ?? block.line;
}
