/**
 * Writes a bundle to a folder: `bundle.json` (one row per line, so an importer can point at lines) or one CSV
 * file per section, plus `ground-truth.json`. Rows are written one at a time, never as one giant string.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { BUNDLE_FORMAT_VERSION, CSV_FILES, SECTIONS, type Bundle } from '../server/schema/bundle.ts';
import { csvColumns, encodeCsvRow } from '../server/import/csvCodec.ts';
import type { GroundTruth } from './groundTruth.ts';

export type SeedFormat = 'json' | 'csv';

export function writeSeed(
  folder: string,
  bundle: Bundle,
  groundTruth: GroundTruth,
  format: SeedFormat,
): string[] {
  fs.mkdirSync(folder, { recursive: true });
  const files = format === 'json' ? [writeJson(folder, bundle)] : writeCsv(folder, bundle);
  const truthFile = path.join(folder, 'ground-truth.json');
  fs.writeFileSync(truthFile, `${JSON.stringify(groundTruth, null, 2)}\n`);
  return [...files, truthFile];
}

function writeJson(folder: string, bundle: Bundle): string {
  const file = path.join(folder, 'bundle.json');
  const out = new LineWriter(file);
  out.write(`{"format":${BUNDLE_FORMAT_VERSION},\n`);
  SECTIONS.forEach((section, s) => {
    const rows = bundle[section] as unknown[];
    out.write(`"${section}":[\n`);
    rows.forEach((row, i) => out.write(`${JSON.stringify(row)}${i < rows.length - 1 ? ',' : ''}\n`));
    out.write(`]${s < SECTIONS.length - 1 ? ',' : ''}\n`);
  });
  out.write('}\n');
  out.close();
  return file;
}

function writeCsv(folder: string, bundle: Bundle): string[] {
  return SECTIONS.map((section) => {
    const file = path.join(folder, CSV_FILES[section]);
    const out = new LineWriter(file);
    out.write(stringify([[...csvColumns(section).keys()]]));
    for (const row of bundle[section] as Array<Record<string, unknown>>)
      out.write(stringify([encodeCsvRow(section, row)]));
    out.close();
    return file;
  });
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
