/** Reads and validates a mapping file (server/schema/mapping.ts); every problem names the file and the field. */
import fs from 'node:fs';
import path from 'node:path';
import { TrellisError } from '../../errors.ts';
import { mappingSchema, type Mapping } from '../../schema/mapping.ts';
import type { ImportIssue } from '../rawBundle.ts';
import { zoneOfMapping } from './mappedDates.ts';

export type MappingRead = { mapping: Mapping; zone: string } | { issues: ImportIssue[] };

export function readMapping(mappingPath: string): MappingRead {
  const file = path.basename(mappingPath);
  let text: string;
  try {
    text = fs.readFileSync(mappingPath, 'utf8');
  } catch {
    throw new TrellisError('input_unreadable', `cannot read the mapping ${mappingPath}`);
  }
  return parseMapping(text, file);
}

export function parseMapping(text: string, file: string): MappingRead {
  const issue = (field: string, reason: string): ImportIssue => ({
    file,
    line: null,
    field,
    reason,
    code: 'mapping',
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { issues: [issue('', `not valid JSON: ${(error as Error).message}`)] };
  }
  const parsed = mappingSchema.safeParse(json);
  if (!parsed.success)
    return { issues: parsed.error.issues.map((i) => issue(i.path.map(String).join('.'), i.message)) };
  const zone = zoneOfMapping(parsed.data.dates.timeZone);
  if (!zone) return { issues: [issue('dates.timeZone', 'is neither an IANA nor a Windows time zone')] };
  return { mapping: parsed.data, zone };
}

/** The columns a mapping reads, each with the mapping field that names it. */
export function mappedColumns(mapping: Mapping): Array<{ field: string; column: string }> {
  const columns = [
    { field: 'id.column', column: mapping.id.column },
    { field: 'initiator.column', column: mapping.initiator.column },
    { field: 'counterpart.column', column: mapping.counterpart.column },
    { field: 'at', column: mapping.at },
    { field: 'outcome.column', column: mapping.outcome.column },
  ];
  for (const field of ['promisedBy', 'deliveredAt', 'topic'] as const) {
    const column = mapping[field];
    if (column) columns.push({ field, column });
  }
  return columns;
}
