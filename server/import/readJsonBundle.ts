/** Reads a JSON bundle (`{ "format": 1, "units": [...], ... }`) into sections of rows with their lines. */
import fs from 'node:fs';
import path from 'node:path';
import { BUNDLE_FORMAT_VERSION, SECTIONS, type Section } from '../schema/bundle.ts';
import { TrellisError } from '../errors.ts';
import { jsonRowLines } from './jsonRowLines.ts';
import type { ImportIssue, RawBundle, ReadResult } from './rawBundle.ts';

export function readJsonBundleFile(file: string): ReadResult {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new TrellisError(
      'input_unreadable',
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code}`,
    );
  }
  return parseJsonBundle(text, path.basename(file));
}

export function parseJsonBundle(text: string, fileName: string): ReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      raw: emptyRaw(fileName),
      issues: [
        { file: fileName, line: null, field: '', reason: `not valid JSON: ${(error as Error).message}` },
      ],
    };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {
      raw: emptyRaw(fileName),
      issues: [
        { file: fileName, line: 1, field: '', reason: 'must be a JSON object with one array per section' },
      ],
    };
  }
  const bundle = parsed as Record<string, unknown>;
  const issues: ImportIssue[] = [];
  if (bundle.format !== BUNDLE_FORMAT_VERSION) {
    issues.push({ file: fileName, line: null, field: 'format', reason: `must be ${BUNDLE_FORMAT_VERSION}` });
  }
  for (const key of Object.keys(bundle)) {
    if (key !== 'format' && !SECTIONS.includes(key as Section)) {
      issues.push({
        file: fileName,
        line: null,
        field: key,
        reason: `unknown section; expected one of ${SECTIONS.join(', ')}`,
      });
    }
  }
  const lines = jsonRowLines(text);
  const raw = emptyRaw(fileName);
  for (const section of SECTIONS) {
    const rows = bundle[section];
    if (rows === undefined) continue;
    if (!Array.isArray(rows)) {
      issues.push({ file: fileName, line: null, field: section, reason: 'must be an array of rows' });
      continue;
    }
    const sectionLines = lines.get(section) ?? [];
    raw[section].rows = rows.map((value, index) => ({ line: sectionLines[index] ?? null, value }));
  }
  return { raw, issues };
}

function emptyRaw(file: string): RawBundle {
  return Object.fromEntries(SECTIONS.map((section) => [section, { file, rows: [] }])) as unknown as RawBundle;
}
