/**
 * Receives an import upload into a temporary folder, streaming, never holding the body in memory: a JSON
 * bundle (application/json) becomes `bundle.json`, CSV files (multipart/form-data, one file part per section
 * named as in CSV_FILES) keep their section file names, so the importer reads the folder as it reads a path
 * given to `npm run import`. Past the byte limit the upload stops at once with payload_too_large.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import busboy from 'busboy';
import { TrellisError } from '../errors.ts';
import type { ImportIssue } from '../import/rawBundle.ts';
import { CSV_FILES } from '../schema/bundle.ts';

export const JSON_BUNDLE_FILE = 'bundle.json';
/** A text/calendar body: read as a folder holding this one .ics file. */
export const CALENDAR_FILE = 'calendar.ics';

export type Upload =
  | { kind: 'json'; file: string }
  /** Problems with the parts themselves (unknown or repeated names), reported with the rows' problems. */
  | { kind: 'csv'; folder: string; issues: ImportIssue[] };

export interface UploadOptions {
  /** An empty folder of this request's own; the caller removes it. */
  folder: string;
  limitBytes: number;
}

export async function receiveUpload(req: Request, options: UploadOptions): Promise<Upload> {
  const declared = Number(req.get('content-length'));
  if (Number.isFinite(declared) && declared > options.limitBytes) throw tooLarge(options.limitBytes);
  if (req.is('application/json')) {
    const file = path.join(options.folder, JSON_BUNDLE_FILE);
    await saveBody(req, file, options.limitBytes);
    return { kind: 'json', file };
  }
  if (req.is('text/calendar')) {
    await saveBody(req, path.join(options.folder, CALENDAR_FILE), options.limitBytes);
    return { kind: 'csv', folder: options.folder, issues: [] };
  }
  if (req.is('multipart/form-data')) return receiveCsvFiles(req, options);
  throw new TrellisError(
    'unsupported_media_type',
    'Send a JSON bundle as application/json, a calendar as text/calendar, or CSV and .ics files as multipart/form-data.',
  );
}

/** Fails the stream as soon as more than `limit` bytes have passed. */
function byteLimit(limit: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > limit ? tooLarge(limit) : null, chunk);
    },
  });
}

function tooLarge(limit: number): TrellisError {
  const mb = Math.round((limit / 2 ** 20) * 10) / 10;
  return new TrellisError(
    'payload_too_large',
    `An import may be at most ${mb} MB (TRELLIS_IMPORT_LIMIT_MB); nothing was written.`,
  );
}

const SECTION_FILES = new Set(Object.values(CSV_FILES));
const MAX_PARTS = 2 * SECTION_FILES.size;

async function receiveCsvFiles(req: Request, options: UploadOptions): Promise<Upload> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: req.headers, limits: { parts: MAX_PARTS, fieldSize: 1024 } });
  } catch {
    throw unreadable('the multipart/form-data header names no boundary');
  }
  const parts = saveSectionFiles(parser, options.folder);
  try {
    await pipeline(req, byteLimit(options.limitBytes), parser);
    await Promise.all(parts.writes);
  } catch (error) {
    for (const stream of parts.files) stream.destroy(); // a file cut short by the failure would never end
    await Promise.allSettled(parts.writes);
    throw error instanceof TrellisError ? error : unreadable('the multipart/form-data body is malformed');
  }
  if (parts.received.size === 0 && parts.issues.length === 0)
    parts.issues.push(partIssue('upload', `the upload holds no file named ${namesHint()}`));
  return { kind: 'csv', folder: options.folder, issues: parts.issues };
}

/** Writes each file part named as a section file into the folder; every other part becomes an issue. */
function saveSectionFiles(parser: busboy.Busboy, folder: string) {
  const parts = {
    issues: [] as ImportIssue[],
    received: new Set<string>(),
    files: [] as Readable[],
    writes: [] as Array<Promise<void>>,
  };
  let count = 0;
  const refuse = (reason: string) => parts.issues.push(partIssue(`part ${count}`, reason));
  parser.on('file', (name, stream, info) => {
    count++;
    const file =
      [name, info.filename].find((candidate) => SECTION_FILES.has(candidate ?? '')) ??
      otherPart(name, info.filename);
    if (!file || parts.received.has(file)) {
      refuse(file ? 'this section file was sent twice' : `a file part must be named ${namesHint()}`);
      stream.resume();
      return;
    }
    parts.received.add(file);
    parts.files.push(stream);
    parts.writes.push(pipeline(stream, fs.createWriteStream(path.join(folder, file), { flags: 'wx' })));
  });
  parser.on('field', () => {
    count++;
    refuse(`send each CSV file as a file part (curl -F units.csv=@units.csv), named ${namesHint()}`);
  });
  parser.on('partsLimit', () =>
    parts.issues.push(partIssue('upload', `at most ${MAX_PARTS} parts are read`)),
  );
  return parts;
}

function partIssue(file: string, reason: string): ImportIssue {
  return { file, line: null, field: '', reason, code: 'upload_part' };
}

function namesHint(): string {
  return `as its section file: ${[...SECTION_FILES].join(', ')}`;
}

function unreadable(reason: string): TrellisError {
  return new TrellisError('input_unreadable', `The upload could not be read: ${reason}.`);
}

/** A CSV export and its mapping, sent as `-F export=@incidents.csv -F mapping.json=@mapping.json`. */
export const EXPORT_FILE = 'export.csv';
export const MAPPING_FILE = 'mapping.json';

/** A calendar part (named, or its file named, `….ics`), the mapping part, or the export part (named `export`). */
function otherPart(name: string, filename: string | undefined): string | undefined {
  if (name === 'export') return EXPORT_FILE;
  if ([name, filename].includes(MAPPING_FILE)) return MAPPING_FILE;
  const given = [name, filename].find((candidate) => candidate?.toLowerCase().endsWith('.ics'));
  if (!given) return undefined;
  return `${path
    .basename(given)
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .slice(-100)}`;
}

async function saveBody(req: Request, file: string, limitBytes: number): Promise<void> {
  await pipeline(req, byteLimit(limitBytes), fs.createWriteStream(file, { flags: 'wx' })).catch(
    (error: unknown) => {
      throw error instanceof TrellisError ? error : unreadable('the upload did not arrive whole');
    },
  );
}
