/**
 * Splits a JSON bundle (`{ "format": 1, "units": [ {...}, ... ], ... }`) into its rows as the text streams in,
 * one chunk at a time: tracks strings, nesting depth and the key of each top-level member, and hands out each
 * row's own text with the line it starts on. Only one row's text is held at a time, so a bundle of any size is
 * read in bounded memory; each row is then parsed on its own with JSON.parse.
 */
export type ScanEvent =
  | { kind: 'member'; key: string; text: string; line: number }
  | { kind: 'row'; key: string; text: string; line: number }
  | { kind: 'malformed'; line: number; reason: string };

type Capture = { kind: 'key' | 'member' | 'row'; parts: string[]; line: number };

export class JsonBundleScanner {
  private depth = 0;
  private line = 1;
  private inString = false;
  private escaped = false;
  private key = '';
  private expectKey = false;
  private inArray = false; // inside a top-level member that is an array: its elements are rows
  private capture: Capture | null = null;
  private from = 0;
  private done = false;
  private started = false;
  /** Why the text is not a bundle, once known. */
  private malformed: string | null = null;

  /** Scans the next chunk; returns the members and rows it completed. */
  feed(chunk: string): ScanEvent[] {
    const events: ScanEvent[] = [];
    this.from = 0;
    for (let i = 0; i < chunk.length && !this.done; i++) {
      const char = chunk[i]!;
      if (char === '\n') this.line++;
      if (this.inString) this.stringChar(char, chunk, i, events);
      else this.structureChar(char, chunk, i, events);
    }
    if (this.capture) this.capture.parts.push(chunk.slice(this.from));
    return events;
  }

  /** After the last chunk: whether the text was one whole JSON object. */
  end(): ScanEvent[] {
    const reason =
      this.malformed ??
      (!this.started
        ? 'not an object'
        : this.depth !== 0 || this.inString
          ? 'not valid JSON: the bundle ends early'
          : null);
    return reason ? [{ kind: 'malformed', line: this.line, reason }] : [];
  }

  private stringChar(char: string, chunk: string, i: number, events: ScanEvent[]): void {
    if (this.escaped) this.escaped = false;
    else if (char === '\\') this.escaped = true;
    else if (char === '"') {
      this.inString = false;
      if (this.capture?.kind === 'key') this.finish(chunk, i + 1, events);
    }
  }

  private structureChar(char: string, chunk: string, i: number, events: ScanEvent[]): void {
    if (char === ' ' || char === '\n' || char === '\r' || char === '\t') return;
    if (this.depth === 0) return this.topLevel(char);
    const base = this.inArray ? 2 : 1;
    if (this.capture && this.depth === base && (char === ',' || char === ']' || char === '}'))
      this.finish(chunk, i, events);
    if (this.depth === 1 && this.expectKey && char === '"') this.begin('key', chunk, i);
    else if (this.depth === 1 && char === ':') this.expectKey = false;
    else if (this.depth === 1 && char === ',') this.expectKey = true;
    else if (this.depth === 1 && !this.capture && char === '[') this.inArray = true;
    else if (this.depth === base && !this.capture && char !== ',' && char !== ']' && char !== '}')
      this.begin(base === 2 ? 'row' : 'member', chunk, i);
    if (char === '"') this.inString = true;
    else if (char === '{' || char === '[') this.depth++;
    else if (char === '}' || char === ']') this.close();
  }

  private topLevel(char: string): void {
    if (char === '{' && !this.started) {
      this.started = true;
      this.depth = 1;
      this.expectKey = true;
      return;
    }
    this.done = true;
    this.malformed = this.started ? 'not valid JSON: text after the bundle' : 'not an object';
  }

  private close(): void {
    this.depth--;
    if (this.depth === 1 && this.inArray) this.inArray = false;
  }

  private begin(kind: Capture['kind'], chunk: string, i: number): void {
    this.capture = { kind, parts: [], line: this.line };
    this.from = i; // a key's text keeps its quotes, so that JSON.parse decodes its escapes
  }

  private finish(chunk: string, end: number, events: ScanEvent[]): void {
    const capture = this.capture!;
    capture.parts.push(chunk.slice(this.from, end));
    this.capture = null;
    const text = capture.parts.join('').trim();
    if (capture.kind === 'key') {
      try {
        this.key = JSON.parse(text) as string;
      } catch {
        this.key = text;
      }
      return;
    }
    events.push({ kind: capture.kind, key: this.key, text, line: capture.line });
  }
}
