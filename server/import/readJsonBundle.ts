/**
 * Reads a JSON bundle (`{ "format": 1, "units": [...], ... }`) as a stream: the scanner hands out each row's
 * text with its line, each is parsed on its own and goes to the validator; the file is never held whole.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { BUNDLE_FORMAT_VERSION, SECTIONS, type Section } from '../schema/bundle.ts';
import { JsonBundleScanner, type ScanEvent } from './jsonBundleScanner.ts';
import type { ImportSource } from './rawBundle.ts';
import { Utf8Check } from './utf8Check.ts';
import type { RowSink } from './rawBundle.ts';

export function jsonBundleSource(file: string): ImportSource {
  return { read: (sink) => readJsonBundle(fs.createReadStream(file), path.basename(file), sink) };
}

/** A bundle given as text (tests, small in-memory bundles). */
export function parseJsonBundle(text: string, fileName: string): ImportSource {
  return { read: (sink) => readJsonBundle(Readable.from([Buffer.from(text)]), fileName, sink) };
}

async function readJsonBundle(bytes: Readable, file: string, sink: RowSink): Promise<void> {
  for (const section of SECTIONS) sink.file(section, file);
  const scanner = new JsonBundleScanner();
  const utf8 = new Utf8Check();
  const decoder = new TextDecoder();
  const state = { format: false, reported: new Set<string>() };
  for await (const chunk of bytes.pipe(utf8) as AsyncIterable<Buffer>) {
    for (const event of scanner.feed(decoder.decode(chunk, { stream: true })))
      await handle(event, file, sink, state);
  }
  for (const event of scanner.end()) await handle(event, file, sink, state);
  if (utf8.firstInvalidLine !== null)
    sink.issue({
      file,
      line: utf8.firstInvalidLine,
      field: '',
      reason: 'not valid UTF-8',
      code: 'invalid_utf8',
    });
  if (!state.format && !state.reported.has(''))
    sink.issue({ file, line: null, field: 'format', reason: `must be ${BUNDLE_FORMAT_VERSION}` });
}

async function handle(
  event: ScanEvent,
  file: string,
  sink: RowSink,
  state: { format: boolean; reported: Set<string> },
): Promise<void> {
  const once = (key: string, line: number | null, field: string, reason: string) => {
    if (state.reported.has(key)) return;
    state.reported.add(key);
    sink.issue({ file, line, field, reason });
  };
  if (event.kind === 'malformed') {
    const reason =
      event.reason === 'not an object' ? 'must be a JSON object with one array per section' : event.reason;
    return once('', event.reason === 'not an object' ? 1 : event.line, '', reason);
  }
  const known = SECTIONS.includes(event.key as Section);
  if (event.key === 'format' && event.kind === 'member') {
    state.format = parsed(event.text) === BUNDLE_FORMAT_VERSION;
  } else if (!known) {
    once(event.key, null, event.key, `unknown section; expected one of ${SECTIONS.join(', ')}`);
  } else if (event.kind === 'member') {
    once(event.key, null, event.key, 'must be an array of rows');
  } else {
    const value = parsed(event.text);
    if (value === undefined) return once(`${event.line}`, event.line, '', 'not valid JSON');
    await sink.row(event.key as Section, event.line, value);
  }
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
