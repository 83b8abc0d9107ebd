/**
 * Checks a CSV file's header against its section's columns before any row is read: an unknown column is
 * reported (usually a typo), a missing required column once for the file instead of once per row.
 */
import { ROW_SCHEMAS, type Section } from '../schema/bundle.ts';
import { csvColumns } from './csvCodec.ts';
import type { RowSink } from './rawBundle.ts';

/** False when a required column is missing: the file's rows are then not read. */
export function headerIsUsable(section: Section, header: string[], file: string, sink: RowSink): boolean {
  const known = csvColumns(section);
  let usable = true;
  for (const column of header) {
    if (!known.has(column))
      sink.issue({
        file,
        line: 1,
        field: column,
        reason: `unknown column; expected ${[...known.keys()].join(', ')}`,
      });
  }
  const shape = ROW_SCHEMAS[section].shape as Record<
    string,
    { safeParse(value: unknown): { success: boolean } }
  >;
  for (const column of known.keys()) {
    const required = !shape[column]!.safeParse(undefined).success;
    if (required && !header.includes(column)) {
      sink.issue({ file, line: 1, field: column, reason: 'required column is missing' });
      usable = false;
    }
  }
  return usable;
}
