/**
 * Validates every row of every section with its zod schema and collects all problems at once, each with the
 * file, line and field it concerns. Returns the typed bundle only when there were none.
 */
import { ROW_SCHEMAS, SECTIONS, type Bundle, type Section } from '../schema/bundle.ts';
import type { ImportIssue, RawBundle } from './rawBundle.ts';

export interface ValidatedRows {
  bundle: Bundle;
  /** Where each valid row came from: origins[section][i] is the line of bundle[section][i]. */
  origins: Record<Section, { file: string; lines: Array<number | null> }>;
  issues: ImportIssue[];
}

export function validateRows(raw: RawBundle): ValidatedRows {
  const issues: ImportIssue[] = [];
  const bundle = {} as Record<string, unknown[]>;
  const origins = {} as ValidatedRows['origins'];
  for (const section of SECTIONS) {
    const { file, rows } = raw[section];
    const schema = ROW_SCHEMAS[section];
    const valid: unknown[] = [];
    const lines: Array<number | null> = [];
    for (const { line, value } of rows) {
      const result = schema.safeParse(value);
      if (result.success) {
        valid.push(result.data);
        lines.push(line);
        continue;
      }
      for (const issue of result.error.issues) {
        issues.push({
          file,
          line,
          field: issue.path.map(String).join('.'),
          reason: issue.message,
          code: issue.code,
        });
      }
    }
    bundle[section] = valid;
    origins[section] = { file, lines };
  }
  return { bundle: bundle as unknown as Bundle, origins, issues };
}
