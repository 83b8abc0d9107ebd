/**
 * Import over HTTP (`POST /api/import`): the query flag, the documented request bodies (a JSON bundle, or CSV
 * files as multipart/form-data) and the answers. The request bodies are streamed to disk and read by the same
 * importer as `npm run import`; these schemas describe them in the OpenAPI document.
 */
import { z } from 'zod';
import { fieldErrorSchema } from './problem.ts';
import { BUNDLE_FORMAT_VERSION, CSV_FILES, ROW_SCHEMAS, SECTIONS } from './bundle.ts';
import { calendarOptions } from './calendar.ts';

/** A boolean query flag: `?dryRun`, `?dryRun=true` and `?dryRun=1` are on; `false`, `0` or absent are off. */
const queryFlag = z
  .enum(['', 'true', 'false', '1', '0'])
  .default('false')
  .transform((value) => value !== 'false' && value !== '0');

export const importQuery = z.object({
  dryRun: queryFlag.describe('Validate only and answer the report; write nothing'),
  async: queryFlag.describe(
    'Run as a job: 202 with Location /api/import/jobs/{id} once the upload is received (or Prefer: respond-async)',
  ),
  maxAttendees: calendarOptions.shape.maxAttendees
    .optional()
    .describe('Calendar events with more participants are skipped and counted (default 50)'),
});

/** The JSON bundle as `npm run import` reads it: a format version and one array of rows per section. */
export const bundleDocument = z.object({
  format: z.literal(BUNDLE_FORMAT_VERSION),
  ...Object.fromEntries(SECTIONS.map((section) => [section, z.array(ROW_SCHEMAS[section]).optional()])),
});

/** The CSV upload: one file part per section, named as its file (a missing file is an empty section). */
export const csvUpload = z
  .object(
    Object.fromEntries(
      SECTIONS.map((section) => [
        CSV_FILES[section],
        z.string().meta({ format: 'binary', description: `the ${section} CSV file` }),
      ]),
    ),
  )
  .partial()
  .catchall(z.string().meta({ format: 'binary', description: 'an iCalendar file, its part named …​.ics' }));

/** One calendar (RFC 5545) as the body. */
export const calendarBody = z.string().meta({ description: 'an iCalendar (.ics) file' });

/** Rows sources left out on purpose, by reason (calendars: cancelled, allDay, fewParticipants, …). */
const skipped = z.record(z.string(), z.number().int()).optional();

/** One bad row of an import: where it is (file, 1-based line, field) and why, as a FieldError. */
export const importError = fieldErrorSchema.extend({
  file: z.string(),
  line: z.number().int().nullable(),
  field: z.string(),
});
export type ImportError = z.infer<typeof importError>;

const counts = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

export const importAnswer = z.discriminatedUnion('dryRun', [
  z.object({
    dryRun: z.literal(true),
    valid: z.literal(true),
    rows: z.number().int().describe('Rows that a commit would write'),
    skipped,
  }),
  z.object({
    dryRun: z.literal(false),
    changed: z.boolean().describe('False when the import found everything already as sent'),
    dataVersion: z.number().int(),
    totals: counts,
    steps: z.record(z.string(), counts).describe('Counts per kind of node and relationship'),
    skipped,
  }),
]);
export type ImportAnswer = z.infer<typeof importAnswer>;
