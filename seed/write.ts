/**
 * Writes a bundle to a folder: `bundle.json` (one row per line, so an importer can point at lines, keys in
 * schema order) or one CSV file per section, plus `ground-truth.json`. Rows are written in buffered chunks,
 * never as one giant string.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import {
  BUNDLE_FORMAT_VERSION,
  CSV_FILES,
  SECTIONS,
  type Bundle,
  type Section,
} from '../server/schema/bundle.ts';
import { csvColumns, encodeCsvRow } from '../server/import/csvCodec.ts';
import type { GroundTruth } from './groundTruth.ts';

export type SeedFormat = 'json' | 'csv';
/** Called after each chunk of rows: rows written so far, of all rows, and the section being written. */
export type WriteProgress = (done: number, total: number, section: Section) => void;

const CHUNK = 5_000;

export function writeSeed(
  folder: string,
  generated: { bundle: Bundle; groundTruth: GroundTruth },
  format: SeedFormat,
  onProgress: WriteProgress = () => {},
): string[] {
  fs.mkdirSync(folder, { recursive: true });
  const counter = progressCounter(generated.bundle, onProgress);
  const files =
    format === 'json'
      ? [writeJson(folder, generated.bundle, counter)]
      : writeCsv(folder, generated.bundle, counter);
  const truthFile = path.join(folder, 'ground-truth.json');
  fs.writeFileSync(truthFile, `${JSON.stringify(generated.groundTruth, null, 2)}\n`);
  return [...files, truthFile];
}

function writeJson(folder: string, bundle: Bundle, counter: Counter): string {
  const file = path.join(folder, 'bundle.json');
  const out = new LineWriter(file);
  out.write(`{"format":${BUNDLE_FORMAT_VERSION},\n`);
  SECTIONS.forEach((section, s) => {
    const rows = rowsOf(bundle, section);
    const keys = [...csvColumns(section).keys()];
    out.write(`"${section}":[\n`);
    rows.forEach((row, i) => {
      out.write(`${JSON.stringify(row, keys)}${i < rows.length - 1 ? ',' : ''}\n`);
      counter(section, i + 1);
    });
    out.write(`]${s < SECTIONS.length - 1 ? ',' : ''}\n`);
  });
  out.write('}\n');
  out.close();
  return file;
}

function writeCsv(folder: string, bundle: Bundle, counter: Counter): string[] {
  return SECTIONS.map((section) => {
    const file = path.join(folder, CSV_FILES[section]);
    const out = new LineWriter(file);
    out.write(stringify([[...csvColumns(section).keys()]]));
    const rows = rowsOf(bundle, section);
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      out.write(stringify(chunk.map((row) => encodeCsvRow(section, row))));
      counter(section, start + chunk.length);
    }
    out.close();
    return file;
  });
}

function rowsOf(bundle: Bundle, section: Section): Array<Record<string, unknown>> {
  return bundle[section] as unknown as Array<Record<string, unknown>>;
}

type Counter = (section: Section, doneInSection: number) => void;

/** Turns per-section counts into overall progress, reported once per chunk. */
function progressCounter(bundle: Bundle, onProgress: WriteProgress): Counter {
  const total = SECTIONS.reduce((sum, section) => sum + bundle[section].length, 0);
  let before = 0;
  let current: Section | null = null;
  return (section, doneInSection) => {
    if (section !== current) {
      before += current ? bundle[current].length : 0;
      current = section;
    }
    const rows = bundle[section].length;
    if (doneInSection % CHUNK === 0 || doneInSection === rows)
      onProgress(before + doneInSection, total, section);
  };
}

/** Buffered synchronous writes: steady memory whatever the size of the org. */
class LineWriter {
  private readonly fd: number;
  private buffer = '';

  constructor(file: string) {
    this.fd = fs.openSync(file, 'w');
  }

  write(text: string): void {
    this.buffer += text;
    if (this.buffer.length > 1 << 20) this.flush();
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }

  private flush(): void {
    fs.writeSync(this.fd, this.buffer);
    this.buffer = '';
  }
}
