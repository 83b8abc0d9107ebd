/**
 * Reads an iCalendar file (RFC 5545) line by line, as it streams: unfolds continuation lines (3.1), keeps the
 * line each content line starts on, and hands out the blocks the import needs — every VTIMEZONE as text and
 * every VEVENT with its lines — checking the BEGIN/END structure on the way. An unterminated VEVENT is reported
 * at its BEGIN line, never half-read. ical.js then parses each block (see expandEvents.ts).
 */
import type { ImportIssue } from '../rawBundle.ts';

export interface IcsLine {
  line: number;
  text: string;
}

export interface IcsEventBlock {
  /** The line of its BEGIN:VEVENT. */
  line: number;
  lines: IcsLine[];
}

export interface IcsDocument {
  timezones: string[];
  events: IcsEventBlock[];
  /** X-WR-TIMEZONE (Google): the zone of floating times. */
  defaultZone?: string;
}

export class IcsScanner {
  readonly document: IcsDocument = { timezones: [], events: [] };
  readonly issues: ImportIssue[] = [];
  private physical = 0;
  private pending: IcsLine | null = null;
  private partial = '';
  private stack: Array<{ name: string; line: number }> = [];
  private block: IcsLine[] | null = null;
  private calendars = 0;

  constructor(private readonly file: string) {}

  /** Feeds decoded text; complete lines are scanned at once. */
  feed(text: string): void {
    const parts = (this.partial + text).split(/\r?\n/);
    this.partial = parts.pop() ?? '';
    for (const part of parts) this.physicalLine(part);
  }

  end(): IcsDocument {
    if (this.partial !== '') this.physicalLine(this.partial);
    this.flush();
    for (const open of this.stack.reverse())
      this.report(open.line, `BEGIN:${open.name} is never ended (END:${open.name} missing)`);
    if (this.calendars === 0 && this.issues.length === 0)
      this.report(1, 'not an iCalendar file (no BEGIN:VCALENDAR)');
    return this.document;
  }

  private physicalLine(text: string): void {
    this.physical++;
    if ((text.startsWith(' ') || text.startsWith('\t')) && this.pending) {
      this.pending.text += text.slice(1);
      return;
    }
    this.flush();
    if (text !== '') this.pending = { line: this.physical, text };
  }

  private flush(): void {
    if (this.pending) this.contentLine(this.pending);
    this.pending = null;
  }

  private contentLine(content: IcsLine): void {
    const [, keyword, value] = /^(BEGIN|END):(.*)$/i.exec(content.text) ?? [];
    const name = value?.trim().toUpperCase();
    if (!keyword || !name) return this.property(content);
    if (keyword.toUpperCase() === 'BEGIN') return this.begin(name, content);
    this.end_(name, content);
  }

  private begin(name: string, content: IcsLine): void {
    const top = this.stack.at(-1)?.name;
    if (name === 'VCALENDAR') this.calendars++;
    if (name === 'VEVENT' && top === 'VEVENT') this.abandonEvent(); // a second BEGIN:VEVENT: the first never ended
    this.stack.push({ name, line: content.line });
    if (name === 'VEVENT' || name === 'VTIMEZONE') this.block = [];
    this.block?.push(content);
  }

  private end_(name: string, content: IcsLine): void {
    const index = this.stack.findLastIndex((open) => open.name === name);
    if (index < 0) return this.report(content.line, `END:${name} without BEGIN:${name}`);
    for (const open of this.stack.splice(index + 1)) {
      this.report(open.line, `BEGIN:${open.name} is never ended (END:${open.name} missing)`);
      if (open.name === 'VEVENT' || open.name === 'VTIMEZONE') this.block = null;
    }
    this.stack.pop();
    this.block?.push(content);
    if (name === 'VEVENT' && this.block)
      this.document.events.push({ line: this.block[0]!.line, lines: this.block });
    if (name === 'VTIMEZONE' && this.block)
      this.document.timezones.push(this.block.map((l) => l.text).join('\r\n'));
    if (name === 'VEVENT' || name === 'VTIMEZONE') this.block = null;
  }

  private abandonEvent(): void {
    const open = this.stack.pop()!;
    this.report(open.line, 'BEGIN:VEVENT is never ended (END:VEVENT missing)');
    this.block = null;
  }

  private property(content: IcsLine): void {
    if (this.block) return void this.block.push(content);
    const zone = /^X-WR-TIMEZONE(?:;[^:]*)?:(.+)$/i.exec(content.text)?.[1];
    if (zone && this.stack.length === 1) this.document.defaultZone = zone.trim();
  }

  private report(line: number, reason: string): void {
    this.issues.push({ file: this.file, line, field: '', reason, code: 'invalid_calendar' });
  }
}
